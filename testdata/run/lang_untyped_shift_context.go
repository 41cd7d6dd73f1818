// Tests non-constant shifts of untyped constants: the constant takes the type the context would give it.
package main

import "fmt"

func main() {
	var s uint = 33
	var i = 1 << s // int
	var i32 int32 = 1 << s
	var u8 uint8 = 1<<s + 3
	var i64 int64 = 1 << s
	fmt.Println(i, i32, u8, i64)

	s = 7
	var b byte = 1 << s
	var sb int8 = 1 << s
	var u16 uint16 = 0xFF << s
	fmt.Println(b, sb, u16)

	// In a typed binary expression the untyped constant takes the other operand's type.
	var x uint8 = 200
	fmt.Println(x+1<<s, uint16(x)+1<<s)
	fmt.Printf("%T %T\n", 1<<s, int16(1)<<s)

	// Shifts by counts >= width yield 0 (or -1 for negative signed >>).
	var big uint = 70
	var neg int32 = -8
	var pos int64 = 1234
	fmt.Println(1<<big, neg>>big, pos>>big, uint64(1)<<big, neg<<big)
	for _, k := range []uint{0, 1, 31, 32, 63, 64, 65} {
		fmt.Println(k, int32(1)<<k, uint32(1)<<k, int64(-1)<<k, int64(-5)>>k, uint64(1<<63)>>k)
	}

	// Constant shifts stay exact until conversion.
	const c = 1 << 100
	fmt.Println(c>>98, float64(c), uint64(c>>40))

	// Signed shift counts are allowed when non-negative.
	n := 3
	fmt.Println(1<<n, -16>>n, int8(-128)>>n, uint8(255)>>n)
}
