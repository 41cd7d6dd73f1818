// Tests min/max on strings and floats, complex comparison, conversions between func types, slice-to-array(-pointer) conversions, byte and rune conversions of named strings, and wrap-around.
package main

import "fmt"

type F func(int) int
type G func(int) int
type Celsius float64
type ID string

func main() {
	fmt.Println(min("b", "a", "c"), max("x", "yy"), min(2.5, 1), max(Celsius(3), 4))
	a, b := complex(1, 2), complex(1, 2)
	fmt.Println(a == b, a != 3)
	var f F = func(x int) int { return x + 1 }
	g := G(f)
	fmt.Println(g(1))
	s := []int{1, 2, 3, 4}
	p := (*[2]int)(s)
	arr := [3]int(s[1:])
	p[0] = 9
	fmt.Println(s, arr, *p)
	id := ID("abc")
	bs := []byte(id)
	rs := []rune(ID("héllo"))
	fmt.Println(bs, rs, string(rs[1]), ID(bs))
	const big = 1 << 62
	var u8 uint8 = 255
	u8++
	fmt.Println(big, u8, -5%3, 7>>1, uint32(1)<<31)
	x := 10
	ptr := &x
	pp := &ptr
	**pp = 20
	fmt.Println(x)
	type pair struct{ a, b int }
	ps := map[pair][]string{}
	ps[pair{1, 2}] = append(ps[pair{1, 2}], "v")
	fmt.Println(ps)
	var iface any = pair{1, 2}
	switch v := iface.(type) {
	case fmt.Stringer:
		fmt.Println("stringer", v)
	case pair:
		fmt.Println("pair", v.a+v.b)
	}
	fmt.Printf("%v %d %s\n", []any{1, "a", nil}, []int8{-1, 2}, []string{"q"})
	var c128 complex128 = -a
	fmt.Println(c128, real(c128)*imag(c128))
	lbl := 0
loop:
	for {
		switch {
		case lbl > 2:
			break loop
		default:
			lbl++
		}
	}
	fmt.Println(lbl)
}
