// Tests the dynamic types and messages of recovered run-time panics and their runtime.Error assertions.
package main

import (
	"fmt"
	"runtime"
)

type Shape interface{ Area() float64 }

func try(name string, f func()) {
	defer func() {
		r := recover()
		re, ok := r.(runtime.Error)
		fmt.Printf("%-10s %-28T runtime.Error=%v\n", name, r, ok)
		if ok {
			fmt.Println("          ", re.Error())
		}
	}()
	f()
}

func main() {
	zero := 0
	idx := 5
	s := []int{1, 2, 3}
	var m map[string]int
	var np *struct{ X int }
	var a any = "str"
	var sh Shape
	try("divide", func() { _ = 10 / zero })
	try("index", func() { _ = s[idx] })
	try("slice", func() { _ = s[idx:] })
	try("nilmap", func() { m["k"] = 1 })
	try("nilptr", func() { _ = np.X })
	try("assert", func() { _ = a.(int) })
	try("assertI", func() { _ = a.(Shape) })
	try("nilI", func() { _ = sh.Area() })
	try("toarray", func() { _ = [4]int(s) })
	try("shift", func() { _ = 1 << (zero - 1) })
	try("makelen", func() { _ = make([]int, zero-1) })
	try("string", func() { panic("plain") })
	try("error", func() { panic(fmt.Errorf("wrapped %d", 1)) })
}
