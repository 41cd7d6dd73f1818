// Tests recovering type-assertion, slice-to-array, unhashable-key and uncomparable-comparison panics.
package main

import (
	"fmt"
	"runtime"
)

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }
type Circ struct{ R float64 }

func (s Sq) Area() float64   { return s.S * s.S }
func (c *Circ) Area() float64 { return 3 * c.R * c.R }

type Named interface{ Name() string }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, rt := r.(runtime.Error)
		fmt.Printf("%s: %v [runtime.Error=%t]\n", name, r, rt)
	}()
	f()
}

func main() {
	var x any = "hello"
	var sh Shape = Sq{2}
	var none any
	try("concrete", func() { _ = x.(int) })
	try("iface concrete", func() { _ = sh.(*Circ) })
	try("missing method", func() { _ = sh.(Named) })
	try("nil iface", func() { _ = none.(string) })
	try("nil to iface", func() { _ = none.(Shape) })
	s := []int{1, 2}
	try("to array", func() { _ = [3]int(s) })
	try("to array ptr", func() { _ = (*[5]int)(s) })
	m := map[any]int{}
	try("unhashable", func() { m[[]string{"a"}] = 1 })
	try("unhashable map", func() { _ = m[map[int]int{}] })
	var a, b any = []int{1}, []int{1}
	try("uncomparable", func() { fmt.Println(a == b) })
	var f1, f2 any = main, main
	try("func compare", func() { fmt.Println(f1 == f2) })
	type pair struct{ v any }
	try("struct field", func() { fmt.Println(pair{s} == pair{s}) })
	try("fine", func() { fmt.Println(a == nil, x == "hello") })
}
