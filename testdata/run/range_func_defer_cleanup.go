// Tests range-over-func iterators with defers inside the iterator, panics through yield, and generic iterators.
package main

import "fmt"

func Lines(name string, lines []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		fmt.Println("open", name)
		defer fmt.Println("close", name)
		for i, l := range lines {
			if !yield(i+1, l) {
				return
			}
		}
	}
}

func Map[T, U any](seq func(func(T) bool), f func(T) U) func(func(U) bool) {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Slice[T any](s []T) func(func(T) bool) {
	return func(yield func(T) bool) {
		for _, v := range s {
			if !yield(v) {
				return
			}
		}
	}
}

func collect[T any](seq func(func(T) bool)) []T {
	var out []T
	for v := range seq {
		out = append(out, v)
	}
	return out
}

func main() {
	for n, l := range Lines("a.txt", []string{"first", "second", "third"}) {
		fmt.Println(n, l)
		if n == 2 {
			break
		}
	}

	// defer inside loop body runs when the enclosing function returns.
	func() {
		defer fmt.Println("outer function done")
		for n := range Lines("b.txt", []string{"x", "y"}) {
			defer fmt.Println("deferred in body", n)
		}
		fmt.Println("after loop")
	}()

	doubled := collect(Map(Slice([]int{1, 2, 3}), func(x int) int { return x * 2 }))
	fmt.Println(doubled)
	strs := collect(Map(Slice([]int{7, 8}), func(x int) string { return fmt.Sprintf("<%d>", x) }))
	fmt.Printf("%q\n", strs)

	// A panic in the loop body propagates through the iterator, running its defers.
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		for n, l := range Lines("c.txt", []string{"ok", "boom"}) {
			if l == "boom" {
				panic(fmt.Sprintf("bad line %d", n))
			}
			fmt.Println("line", l)
		}
	}()
}
