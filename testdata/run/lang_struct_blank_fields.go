// Tests structs with blank (_) fields: they are ignored by ==, never set by literals, but still printed and sized.
package main

import "fmt"

type Padded struct {
	A int
	_ int
	B string
	_ [2]bool
}

type Key struct {
	ID int
	_  float64
}

func main() {
	p := Padded{A: 1, B: "x"}
	q := Padded{A: 1, B: "x"}
	fmt.Println(p == q)
	fmt.Printf("%v\n%+v\n", p, p)
	fmt.Printf("%#v\n", q)

	m := map[Key]string{}
	m[Key{ID: 1}] = "one"
	m[Key{ID: 2}] = "two"
	m[Key{ID: 1}] = "uno"
	fmt.Println(len(m), m[Key{ID: 1}], m[Key{ID: 3}] == "")

	arr := [2]Padded{{A: 3}, {B: "y"}}
	brr := arr
	fmt.Println(arr == brr, arr[0] == Padded{A: 3})
	brr[1].B = "z"
	fmt.Println(arr == brr, arr[1].B, brr[1].B)

	var i1, i2 any = p, q
	fmt.Println(i1 == i2)

	type anon = struct {
		_ int
		N int
	}
	x := anon{N: 5}
	y := struct {
		_ int
		N int
	}{N: 5}
	fmt.Println(x == y, x.N)
}
