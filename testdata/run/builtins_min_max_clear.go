// Tests builtins min, max (ints, floats, strings, mixed constants) and clear on slices and maps.
package main

import "fmt"

type Level int

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(-1))
	fmt.Println(min(2.5, 1), max(1, 2.5), min("b", "a", "c"), max("apple", "apricot"))
	var l1, l2 Level = 3, 7
	fmt.Printf("%T %v %v\n", min(l1, l2), min(l1, l2), max(l1, l2, 5))
	x, y := int8(-100), int8(100)
	fmt.Println(min(x, y), max(x, y, 0))
	const c = min(1<<40, 1<<41) // constant
	fmt.Println(c, max(0.5, 1e-3))
	fmt.Println(min("", "a"), len(max("", "z")))
	var u uint = 5
	fmt.Println(min(u, 3), max(u, 10))

	// clear on a slice zeroes elements, keeps length.
	s := []int{1, 2, 3, 4}
	sub := s[1:3]
	clear(sub)
	fmt.Println(s, len(sub))
	strs := []string{"a", "b"}
	clear(strs)
	fmt.Printf("%q %d\n", strs, len(strs))
	type pt struct{ X, Y int }
	ps := []*pt{{1, 2}, {3, 4}}
	clear(ps)
	fmt.Println(ps[0] == nil, ps[1] == nil)

	// clear on a map removes all entries.
	m := map[string]int{"a": 1, "b": 2}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m)
	m["c"] = 3
	fmt.Println(alias)

	// clear on nil is a no-op.
	var ns []int
	var nm map[int]int
	clear(ns)
	clear(nm)
	fmt.Println(ns == nil, nm == nil)

	// min/max inside expressions.
	vals := []int{7, -3, 12, 5}
	lo, hi := vals[0], vals[0]
	for _, v := range vals[1:] {
		lo, hi = min(lo, v), max(hi, v)
	}
	fmt.Println("range", lo, hi, "clamp 15:", max(lo, min(15, hi)))
}
