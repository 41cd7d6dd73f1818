// Tests that re-executing a declaration (via goto or per-iteration loops) creates fresh variables for closures.
package main

import "fmt"

func main() {
	var fns []func() int
	i := 0
again:
	x := i * 10
	fns = append(fns, func() int { return x })
	i++
	if i < 3 {
		goto again
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Three-clause loop: body changes to the per-iteration copy carry into the next iteration.
	var gs []func() int
	for j := 0; j < 6; j++ {
		gs = append(gs, func() int { return j })
		j++
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	// Closures that mutate the captured per-iteration variable.
	var incs []func() int
	for k := range 3 {
		incs = append(incs, func() int { k += 100; return k })
	}
	fmt.Println(incs[0](), incs[0](), incs[1](), incs[2]())

	// A variable declared once outside the loop is shared.
	var shared []func() int
	n := 0
	for n < 3 {
		shared = append(shared, func() int { return n })
		n++
	}
	fmt.Println(shared[0](), shared[2]())

	// Pointers to the loop variable differ per iteration.
	var ptrs []*int
	for p := 0; p < 3; p++ {
		ptrs = append(ptrs, &p)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] != ptrs[1])

	// Labeled continue in nested loops with closures.
	var pairs []func() string
	outer := 0
outerLoop:
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			if b > a {
				continue outerLoop
			}
			outer++
			pairs = append(pairs, func() string { return fmt.Sprint(a, b) })
		}
	}
	for _, p := range pairs {
		fmt.Print(p(), " ")
	}
	fmt.Println(outer)
}
