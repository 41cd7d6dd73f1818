// Tests function values stored in maps, slices and struct fields, nil function checks and function comparisons to nil.
package main

import (
	"fmt"
	"sort"
)

type Op struct {
	Name string
	Fn   func(a, b int) int
}

func add(a, b int) int { return a + b }

func main() {
	ops := map[string]func(int, int) int{
		"+": add,
		"-": func(a, b int) int { return a - b },
		"*": func(a, b int) int { return a * b },
	}
	keys := make([]string, 0, len(ops))
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("7 %s 3 = %d\n", k, ops[k](7, 3))
	}
	if f, ok := ops["/"]; !ok {
		fmt.Println("no division", f == nil)
	}

	pipeline := []Op{{"double", func(a, _ int) int { return a * 2 }}, {"plus", add}}
	x := 5
	for _, op := range pipeline {
		x = op.Fn(x, 10)
		fmt.Println(op.Name, "->", x)
	}

	handlers := make([]func() string, 3)
	for i := range handlers {
		if i != 1 {
			handlers[i] = func() string { return fmt.Sprint("handler ", i) }
		}
	}
	for i, h := range handlers {
		if h == nil {
			fmt.Println(i, "unset")
			continue
		}
		fmt.Println(i, h())
	}
	var choose func(bool) func() int
	choose = func(b bool) func() int {
		if b {
			return func() int { return 1 }
		}
		return nil
	}
	fmt.Println(choose(true)(), choose(false) == nil)
}
