// Tests Go 1.22 per-iteration loop variables captured by closures and by pointers.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// Modifying the loop variable inside the body affects the next iteration
	// (the copy happens before the post statement).
	var gs []func() int
	for i := 0; i < 10; i++ {
		gs = append(gs, func() int { return i })
		i += 2
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	// Range over slice: each closure sees its own v.
	words := []string{"alpha", "beta", "gamma"}
	var hs []func() string
	for idx, v := range words {
		hs = append(hs, func() string { return fmt.Sprint(idx, "=", v) })
	}
	for _, h := range hs {
		fmt.Println(h())
	}

	// Closures mutating their own copy.
	var incs []func() int
	for i := 0; i < 3; i++ {
		incs = append(incs, func() int { i += 10; return i })
	}
	fmt.Println(incs[0](), incs[0](), incs[1](), incs[2]())

	// A variable declared outside the loop is shared.
	shared := 0
	var ss []func() int
	for j := 0; j < 3; j++ {
		shared = j
		ss = append(ss, func() int { return shared })
	}
	fmt.Println(ss[0](), ss[1](), ss[2]())
}
