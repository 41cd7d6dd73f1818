// Tests how fmt prints nil values of every kind with %v, %+v, %#v, %T, %d, %s and %p-free verbs.
package main

import (
	"errors"
	"fmt"
)

type T struct {
	A int
	P *T
	S []string
	M map[string]int
	F func()
	I any
	E error
}

type Named []int

func main() {
	var (
		ps  *T
		sl  []int
		mp  map[string]bool
		fn  func(int) int
		ia  any
		er  error
		nm  Named
		arr *[2]int
	)
	fmt.Printf("%v|%v|%v|%v|%v|%v|%v\n", ps, sl, mp, ia, er, nm, arr)
	fmt.Printf("%+v|%+v|%+v|%+v\n", ps, sl, mp, ia)
	fmt.Printf("%#v|%#v|%#v|%#v|%#v|%#v|%#v|%#v\n", ps, sl, mp, fn, ia, er, nm, arr)
	fmt.Printf("%T|%T|%T|%T|%T|%T|%T|%T\n", ps, sl, mp, fn, ia, er, nm, arr)
	fmt.Printf("%d|%s|%x|%q\n", sl, sl, sl, sl)
	fmt.Printf("%d|%s\n", ia, er)
	fmt.Println(ps, sl, mp, ia, er, nm, fn == nil)
	fmt.Print(ia, er, "\n")
	fmt.Print(sl, mp, "\n")

	var t T
	fmt.Printf("%v\n%+v\n", t, t)
	fmt.Printf("%#v\n", t)
	pt := &T{A: 1, S: []string{}, M: map[string]int{}}
	fmt.Printf("%v\n%+v\n", pt, pt)

	empty := []any{nil, ps, sl, er}
	fmt.Printf("%v %d\n", empty, len(empty))
	fmt.Printf("%#v\n", empty)

	var wrapped error = fmt.Errorf("ctx: %w", er)
	fmt.Println(wrapped, errors.Unwrap(wrapped) == nil)
	fmt.Println(fmt.Sprint(nil), fmt.Sprint(nil, nil), fmt.Sprintln(nil, 1))
	fmt.Printf("%v %s %d\n", nil, nil, nil)
	fmt.Printf("[%5v] [%-6v] [%5v]\n", nil, ps, sl)
}
