// Tests integer formatting verbs: %d with width, flags and sign, %x %X %o %O %b, %c %q %U and %#x.
package main

import "fmt"

func main() {
	nums := []int{0, 7, -42, 255, 100000}
	for _, n := range nums {
		fmt.Printf("[%d] [%5d] [%-5d] [%05d] [%+d] [% d]\n", n, n, n, n, n, n)
	}
	for _, n := range []int{10, 255, -255, 4096} {
		fmt.Printf("%x %X %#x %#X %o %#o %O %b\n", n, n, n, n, n, n, n, n)
	}
	fmt.Printf("[%8x] [%-8X] [%08b] [%#08x]\n", 3054, 3054, 5, 255)
	for _, r := range []rune{'A', 'é', '世', 0x1F600, '\n'} {
		fmt.Printf("%c %q %U %#U %d\n", r, r, r, r, r)
	}
	var u8 uint8 = 200
	var i64 int64 = -1 << 63
	fmt.Printf("%d %x %d %x\n", u8, u8, i64, uint64(i64))
	fmt.Printf("%3c|%-3c|%q\n", 'x', 'y', 'z')
	fmt.Printf("%v %d\n", []int{1, 2}, []byte{3, 4})
	fmt.Printf("%x %X % x\n", []byte{1, 171, 255}, []byte("Go"), []byte{1, 2, 3})
	fmt.Printf("%.3d|%6.3d|%-6.2d|\n", 5, 5, -5)
	fmt.Printf("%t %v %5t\n", true, false, true)
}
