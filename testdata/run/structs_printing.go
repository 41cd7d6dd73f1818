// Tests fmt printing of structs with %v, %+v, %#v-free forms, nested structs, pointers to structs, slices of structs.
package main

import (
	"fmt"
	"os"
)

type Address struct {
	City string
	Zip  int
}

type Person struct {
	Name    string
	Age     int
	Addr    Address
	Tags    []string
	Scores  map[string]int
	Manager *Person
	private bool
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Reading struct {
	Where string
	T     Temp
}

type Empty struct{}

func main() {
	boss := &Person{Name: "Ann", Age: 50}
	p := Person{
		Name:    "Bob",
		Age:     30,
		Addr:    Address{"Paris", 75001},
		Tags:    []string{"dev", "ops"},
		Scores:  map[string]int{"go": 9, "c": 7},
		Manager: nil,
		private: true,
	}
	fmt.Println(p)
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%v\n", boss)
	fmt.Printf("%+v\n", boss)
	fmt.Printf("%v %+v\n", p.Addr, &p.Addr)
	fmt.Printf("%s|%d\n", p.Name, p.Age)

	// Stringer fields are used when printing.
	r := Reading{"lab", 21.456}
	fmt.Println(r)
	fmt.Printf("%+v\n", r)
	rs := []Reading{{"a", 1}, {"b", -2.25}}
	fmt.Println(rs)
	fmt.Printf("%v\n", []*Address{})

	fmt.Println(Empty{}, struct{}{}, []Empty{{}, {}})
	fmt.Printf("%v %+v\n", struct {
		A int
		B string
	}{1, "x"}, struct{ P *int }{nil})

	// %T of various struct forms.
	fmt.Printf("%T %T %T %T\n", p, boss, r, struct{ X int }{})

	// Nested anonymous struct fields and arrays.
	type Matrix struct {
		Rows [2][2]int
		Name string
	}
	fmt.Printf("%v %+v\n", Matrix{[2][2]int{{1, 2}, {3, 4}}, "m"}, Matrix{})
	fmt.Println([]any{1, "a", nil, 2.5, Address{"X", 1}})
	fmt.Printf("%q\n", []string{"a b", "c"})
	fmt.Printf("%5d|%-5d|%05d|%x\n", 42, 42, 42, []int{10, 255})
	fmt.Fprintln(os.Stdout, "direct", 1, true)
	fmt.Printf("%v %d\n", [3]bool{true}, []int8{-1, 2})
	fmt.Printf("%s %v\n", []byte("bytes"), []byte("ab"))
}
