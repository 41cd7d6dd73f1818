// Tests an uncaught panic from calling a nil func value stored in a struct field, after deferred prints.
package main

import "fmt"

type Handler struct {
	Name string
	Fn   func(int) int
}

func apply(h Handler, x int) int {
	defer fmt.Println("apply: deferred for", h.Name)
	return h.Fn(x)
}

func main() {
	hs := []Handler{
		{"double", func(x int) int { return 2 * x }},
		{"square", func(x int) int { return x * x }},
		{"missing", nil},
	}
	for _, h := range hs {
		fmt.Println(h.Name, h.Fn == nil)
	}
	defer fmt.Println("main: deferred runs before the panic message")
	total := 0
	for i, h := range hs {
		total += apply(h, i+3)
		fmt.Println("total after", h.Name, "=", total)
	}
	fmt.Println("unreachable", total)
}
