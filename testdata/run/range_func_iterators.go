// Tests range-over-func iterators: func(yield func(int) bool), two-value iterators, and early break.
package main

import "fmt"

func Count(n int) func(yield func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  (stopped at", i, ")")
				return
			}
		}
	}
}

func Enumerate(words []string) func(yield func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, w := range words {
			if !yield(i, w) {
				return
			}
		}
	}
}

func Fib(yield func(int) bool) {
	a, b := 0, 1
	for {
		if !yield(a) {
			return
		}
		a, b = b, a+b
	}
}

func Nothing(yield func() bool) {
	yield()
	yield()
}

func main() {
	for i := range Count(4) {
		fmt.Print(i, " ")
	}
	fmt.Println()

	for i := range Count(10) {
		if i == 3 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()

	for i, w := range Enumerate([]string{"x", "y", "z"}) {
		fmt.Printf("%d=%s ", i, w)
	}
	fmt.Println()

	var fibs []int
	for f := range Fib {
		if f > 100 {
			break
		}
		fibs = append(fibs, f)
	}
	fmt.Println(fibs)

	n := 0
	for range Nothing {
		n++
	}
	fmt.Println("nothing yielded", n, "times")

	// continue inside a range-over-func loop.
	for i := range Count(6) {
		if i%2 == 0 {
			continue
		}
		fmt.Print(i, " ")
	}
	fmt.Println()

	// return from inside the loop body.
	fmt.Println("first > 50:", firstOver(50))

	// Nested iterator loops with labeled break.
outer:
	for i := range Count(3) {
		for j := range Count(3) {
			if i+j == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
}

func firstOver(limit int) int {
	for f := range Fib {
		if f > limit {
			return f
		}
	}
	return -1
}
