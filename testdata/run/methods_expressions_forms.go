// Tests method expressions T.M, (*T).M and interface method expressions I.M used as ordinary functions.
package main

import "fmt"

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec   { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Len2() int       { return v.X*v.X + v.Y*v.Y }
func (v *Vec) Scale(k int)    { v.X *= k; v.Y *= k }
func (v Vec) String() string  { return fmt.Sprintf("(%d,%d)", v.X, v.Y) }

type Lener interface{ Len2() int }

func apply(vs []Vec, f func(Vec) int) []int {
	out := make([]int, len(vs))
	for i, v := range vs {
		out[i] = f(v)
	}
	return out
}

func main() {
	add := Vec.Add
	fmt.Println(add(Vec{1, 2}, Vec{3, 4}))
	fmt.Println(apply([]Vec{{1, 1}, {2, 3}, {0, 5}}, Vec.Len2))

	scale := (*Vec).Scale
	v := Vec{2, 3}
	scale(&v, 10)
	fmt.Println(v)

	ptrLen := (*Vec).Len2
	fmt.Println(ptrLen(&v))

	ilen := Lener.Len2
	fmt.Println(ilen(Vec{3, 4}), ilen(&v))

	str := fmt.Stringer.String
	fmt.Println(str(Vec{7, 8}))
	fmt.Printf("%T\n%T\n%T\n", add, scale, ilen)
}
