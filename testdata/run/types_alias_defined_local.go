// Tests type aliases vs defined types, local type declarations, anonymous structs, and method sets on defined types.
package main

import "fmt"

type MyInt int      // defined type
type AliasInt = int // alias

func (m MyInt) Double() MyInt { return m * 2 }

type Celsius float64
type Temps []Celsius

func (t Temps) Avg() Celsius {
	var s Celsius
	for _, v := range t {
		s += v
	}
	return s / Celsius(len(t))
}

type Handler func(string) string

func (h Handler) Twice(s string) string { return h(h(s)) }

type StrMap = map[string]int

func main() {
	var a AliasInt = 5
	var i int = a // same type
	var m MyInt = MyInt(i)
	fmt.Printf("%T %T %T\n", a, i, m)
	fmt.Println(m.Double(), m.Double().Double())

	temps := Temps{20, 22.5, 19}
	fmt.Printf("%.2f %T\n", temps.Avg(), temps.Avg())

	exclaim := Handler(func(s string) string { return s + "!" })
	fmt.Println(exclaim.Twice("hi"))

	sm := StrMap{"a": 1}
	var plain map[string]int = sm
	plain["b"] = 2
	fmt.Printf("%T %v\n", sm, sm)

	// Local types.
	type point struct{ X, Y int }
	type segment struct{ A, B point }
	s := segment{point{0, 0}, point{3, 4}}
	fmt.Printf("%+v %T\n", s, s)

	// Anonymous structs.
	cfg := struct {
		Host string
		Port int
	}{"localhost", 8080}
	fmt.Printf("%v %+v\n", cfg, cfg)
	rows := []struct {
		in   string
		want int
	}{{"a", 1}, {"bb", 2}, {"ccc", 3}}
	for _, r := range rows {
		fmt.Println(r.in, len(r.in) == r.want)
	}

	// Converting between defined types with the same underlying type.
	type Kelvin float64
	k := Kelvin(Celsius(10) + 273.15)
	fmt.Printf("%.2f %T\n", k, k)

	// Alias of a generic instantiation and of a builtin.
	type Bytes = []byte
	var bs Bytes = []byte("hey")
	fmt.Printf("%T %s\n", bs, bs)
	type R = rune
	var r R = 'é'
	fmt.Printf("%T %c\n", r, r)

	// Pointer types as defined types.
	type IntPtr *int
	v := 7
	var ip IntPtr = &v
	*ip = 8
	fmt.Println(v)
}
