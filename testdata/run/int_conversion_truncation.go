// Tests integer conversions between sizes: truncation, sign extension, and unsigned reinterpretation of negatives.
package main

import "fmt"

func main() {
	v := 0x12345678
	fmt.Println(int8(v), uint8(v), int16(v), uint16(v), int32(v))
	n := -1
	fmt.Println(uint8(n), uint16(n), uint32(n), uint64(n))
	var b int8 = -128
	fmt.Println(int16(b), uint16(b), uint8(b), -b, b-1)
	var u8 uint8 = 255
	fmt.Println(int8(u8), int(u8), u8+1, -u8)
	big := int64(1) << 40
	fmt.Println(int32(big), int32(big+5), uint32(big-1))
	var i32 int32 = 1<<31 - 1
	i32++
	fmt.Println(i32, int64(i32)*2)
	h := uint64(0xDEADBEEFCAFEBABE)
	fmt.Printf("%x %x %x %d\n", uint32(h), uint16(h), uint8(h), int64(h))
	x := 300
	fmt.Println(byte(x), rune(x), int8(x))
	neg := int16(-300)
	fmt.Println(uint8(neg), int8(neg), uint32(neg))
}
