// Tests wrap-around on overflow for every sized signed and unsigned integer type.
package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = math.MaxInt8
	i8++
	fmt.Println("int8 max+1:", i8)
	i8 = math.MinInt8
	i8--
	fmt.Println("int8 min-1:", i8)
	i8 = -128
	fmt.Println("int8 -(-128):", -i8, "abs-ish * -1:", i8*-1)

	var i16 int16 = math.MaxInt16
	i16 += 10
	fmt.Println("int16:", i16)
	i16 = 300
	fmt.Println("int16 300*300:", i16*i16)

	var i32 int32 = math.MaxInt32
	i32++
	fmt.Println("int32:", i32)
	i32 = 1 << 30
	fmt.Println("int32 (1<<30)*4:", i32*4, i32*3)

	var i64 int64 = math.MaxInt64
	i64++
	fmt.Println("int64:", i64)
	i64 = math.MinInt64
	fmt.Println("int64 min/-1:", i64/-1, "min%-1:", i64%-1)

	var n int = math.MaxInt
	n++
	fmt.Println("int:", n == math.MinInt)

	var u8 uint8 = 255
	u8++
	fmt.Println("uint8 255+1:", u8)
	u8 = 0
	u8--
	fmt.Println("uint8 0-1:", u8)
	u8 = 200
	fmt.Println("uint8 200*2:", u8*2, "200+100:", u8+100)

	var u16 uint16 = 0
	u16 -= 2
	fmt.Println("uint16:", u16)

	var u32 uint32 = math.MaxUint32
	u32 += 5
	fmt.Println("uint32:", u32)
	u32 = 0xDEADBEEF
	fmt.Println("uint32 mul:", u32*u32)

	var u64 uint64 = math.MaxUint64
	u64++
	fmt.Println("uint64:", u64)
	u64 = 0
	u64--
	fmt.Println("uint64 0-1:", u64)

	var up uintptr = 0
	up--
	fmt.Println("uintptr all ones:", up == ^uintptr(0))

	var un uint = 3
	fmt.Println("uint 3-5:", un-5 == math.MaxUint-1)

	// Negative conversions.
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg))
	big := 0x1_2345_6789
	fmt.Println(int8(big), int16(big), int32(big), uint8(big), uint16(big), uint32(big))

	// FNV-1a hash relies on uint32 wrapping.
	h := uint32(2166136261)
	for _, c := range []byte("hello world") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Printf("fnv1a32 %d %x\n", h, h)

	// LCG with uint64 wrapping.
	var seed uint64 = 42
	for range 3 {
		seed = seed*6364136223846793005 + 1442695040888963407
		fmt.Print(seed>>33, " ")
	}
	fmt.Println()

	// Unary negation and complement.
	var b byte = 1
	m16 := int16(-32768)
	fmt.Println(-b, ^b, ^int8(5), -m16)
}
