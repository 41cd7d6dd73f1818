// Tests %v, %+v, %#v and %T on structs, nested structs, slices, maps, pointers to structs and named types.
package main

import "fmt"

type Color int

type Point struct{ X, Y int }

type Shape struct {
	Name   string
	Pts    []Point
	Meta   map[string]int
	Center *Point
	Fill   Color
	Tags   [2]string
	Any    any
}

func main() {
	p := Point{1, 2}
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	sp := &p
	fmt.Printf("%v %+v %T\n", sp, sp, sp)
	s := Shape{
		Name: "tri", Pts: []Point{{0, 0}, {3, 0}, {0, 4}},
		Meta: map[string]int{"b": 2, "a": 1}, Fill: 3, Tags: [2]string{"x", ""}, Any: 1.5,
	}
	fmt.Printf("%v\n%+v\n", s, s)
	fmt.Printf("%#v\n", s.Pts)
	fmt.Printf("%#v %#v %#v\n", s.Meta, s.Tags, s.Fill)
	fmt.Printf("%T %T %T %T %T\n", s.Pts, s.Meta, s.Center, s.Tags, s.Any)
	fmt.Printf("%#v %#v %#v %#v\n", "q", 42, 2.0, []any{1, "a", nil})
	var np *Point
	var ns []int
	var nm map[string]bool
	fmt.Printf("%v %+v %v %v %#v %#v\n", np, ns, nm, nil, ns, nm)
	fmt.Printf("%v %d %s\n", []*Point{sp}[0], p, []string(nil))
	type inner struct {
		A []int
		B *Point
	}
	fmt.Printf("%+v %v\n", inner{[]int{1}, nil}, &inner{A: []int{2}})
	fmt.Printf("%v %v %+v\n", &[]int{1}, &map[string]int{"k": 1}, &[2]Point{{7, 8}})
}
