// Tests bitwise operators (&, |, ^, &^, <<, >>) on signed and unsigned ints, including large shift counts.
package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	a, b := 0b1100_1010, 0b1010_0110
	fmt.Printf("%08b & %08b = %08b\n", a, b, a&b)
	fmt.Printf("%08b | %08b = %08b\n", a, b, a|b)
	fmt.Printf("%08b ^ %08b = %08b\n", a, b, a^b)
	fmt.Printf("%08b &^ %08b = %08b\n", a, b, a&^b)
	fmt.Printf("^%d = %d\n", a, ^a)

	// Arithmetic vs logical right shift.
	var s8 int8 = -64
	var u8 uint8 = 0xC0
	fmt.Println(s8>>2, u8>>2, s8>>7, u8>>7)
	fmt.Println(s8<<1, u8<<1)

	// Shift counts >= width.
	var x int32 = -1
	var cnt uint = 40
	fmt.Println(x>>cnt, x<<cnt, uint32(x)>>cnt)
	var y uint64 = 1
	for _, sh := range []uint{0, 1, 63, 64, 100} {
		fmt.Print(y<<sh, " ")
	}
	fmt.Println()

	// Signed shift counts (Go 1.13+).
	k := 3
	fmt.Println(1<<k, 256>>k)

	// Popcount and bit tricks.
	for _, v := range []uint64{0, 1, 255, 0xFFFF_FFFF_FFFF_FFFF, 0x8000_0000_0000_0001} {
		fmt.Printf("%#x popcount %d lowest %d\n", v, popcount(v), v&-v)
	}

	// Hex/octal/binary formatting.
	n := 3054
	fmt.Printf("%d %x %X %o %O %b %#x %#o\n", n, n, n, n, n, n, n, n)
	fmt.Printf("%x %X\n", -255, uint8(200))

	// Rotations via shifts.
	var r uint8 = 0b1000_0001
	rotl := func(v uint8, k uint) uint8 { return v<<k | v>>(8-k) }
	for k := range uint(4) {
		fmt.Printf("%08b ", rotl(r, k))
	}
	fmt.Println()

	// Operator precedence: & binds tighter than |, shifts with *.
	fmt.Println(1|2&3, 1+2<<3, 7&^2|8, 2*3<<1)
}
