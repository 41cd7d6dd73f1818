// Tests %x, %X, % x, %q, %s and %d applied to composite values: byte slices, string slices, arrays, structs and maps.
package main

import "fmt"

type Rec struct {
	Name string
	N    int
	B    []byte
}

func main() {
	b := []byte("Go!\n")
	fmt.Printf("%x|%X|% x|%#x|%# X\n", b, b, b, b, b)
	fmt.Printf("%s|%q|%v|%d\n", b, b, b, b)
	fmt.Printf("%x|%X|% x|%q|%+q|%#q\n", "héllo", "hi", "abc", "tab\there", "héllo", "back`tick")

	ss := []string{"ab", "", "ü"}
	fmt.Printf("%x|%q|%s|%v|%5s|%-3q|\n", ss, ss, ss, ss, ss, ss)

	arr := [3]byte{1, 0xab, 255}
	fmt.Printf("%x|%v|%d|%08b\n", arr, arr, arr, arr)
	fmt.Printf("%x|%X|%o|%#o|%b\n", []int{255, -16, 7}, []uint16{0xbeef}, []int{8, 9}, []int{8}, []int8{-3, 3})

	r := Rec{"k\"ey", 42, []byte{0xde, 0xad}}
	fmt.Printf("%v\n%+v\n%x\n%q\n%d\n", r, r, r, r, r)
	fmt.Printf("%s\n", r)

	m := map[string]int{"b": 11, "a": 255}
	fmt.Printf("%x|%X|%q|%v\n", m, m, m, m)

	runes := []rune("aé€")
	fmt.Printf("%v|%q|%c|%U|%x\n", runes, runes, runes, runes, runes)
	fmt.Printf("%q|%+q|%#U|%c\n", 'x', '€', '€', 0x1F600)
	fmt.Printf("%q|%q|%x\n", []any{"s", 1, 'r', 2.5}, 65, 3.5)

	nested := [][]byte{[]byte("ab"), nil, {0}}
	fmt.Printf("%x|%q|%v\n", nested, nested, nested)
	fmt.Printf("%x|%X\n", -255, int8(-128))
	fmt.Printf("%s|%d|%v\n", 42, "str", true)
}
