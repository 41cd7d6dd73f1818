// Tests numeric conversions: int<->float truncation, sign extension, float32 rounding, named types, string conversions.
package main

import (
	"fmt"
	"strconv"
)

type Meters float64
type Feet float64
type ID uint16

func toFeet(m Meters) Feet { return Feet(m * 3.28084) }

func main() {
	// Float to int truncates toward zero.
	for _, f := range []float64{3.99, -3.99, 0.5, -0.5, 1e9 + 0.7} {
		fmt.Print(int(f), " ", int64(f), " ", int32(f), " | ")
	}
	fmt.Println()

	// Int to float and back.
	big := int64(1<<53 + 1)
	fmt.Println(big, float64(big), int64(float64(big)))
	fmt.Println(float32(16777217), int32(float32(16777217)))

	// Sign and zero extension.
	var b int8 = -2
	fmt.Println(int16(b), uint16(b), int64(b), uint64(uint8(b)))
	var u uint8 = 254
	fmt.Println(int8(u), int(u), int32(int8(u)))

	// Truncation when narrowing.
	x := 0x12345678
	fmt.Printf("%x %x %x\n", uint8(x), uint16(x), int16(x))

	// Named types.
	m := Meters(100)
	fmt.Printf("%.2f %T\n", toFeet(m), toFeet(m))
	var id ID = 65535
	id++
	fmt.Println(id, ID(70000%65536))
	f := Feet(m)
	fmt.Println(f, float64(f)+1)

	// Integers to strings: string(rune) vs strconv.
	n := 65
	fmt.Println(string(rune(n)), strconv.Itoa(n), fmt.Sprint(n))

	// []byte and []rune conversions.
	s := "héllo"
	bs := []byte(s)
	rs := []rune(s)
	fmt.Println(len(bs), len(rs), string(bs[1:3]), string(rs[1]))

	// Float32 precision loss.
	var f32 float32 = 0.1
	f64 := float64(f32)
	fmt.Println(f32, f64, f64 == 0.1)
	fmt.Println(float32(1.0/3.0)*3 == 1, float64(1.0/3.0)*3 == 1)

	// Mixed expression requires explicit conversion.
	count := 7
	avg := float64(count) / 2
	fmt.Println(avg, count/2, float64(count/2))

	// bool cannot convert; use branches.
	flag := true
	bit := 0
	if flag {
		bit = 1
	}
	fmt.Println(bit)

	// Conversions between untyped constants at compile time.
	const c = 300
	fmt.Println(uint16(c), float32(c)/7, byte(c%256))
	// Runtime float -> uint8 conversions of in-range values.
	vals := []float64{0, 127.9, 255}
	for _, v := range vals {
		fmt.Print(uint8(v), " ")
	}
	fmt.Println()
}
