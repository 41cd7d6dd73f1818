// Tests deferring builtins: close, delete and panic evaluate their arguments at the defer statement and run at return.
package main

import "fmt"

func producer(ch chan int) {
	defer close(ch)
	for i := range 3 {
		ch <- i
	}
}

type key struct{ a, b int }

func cleanup(m map[key]string, k key) {
	defer delete(m, k)
	k.a = 100
	fmt.Println("inside:", len(m), m[key{1, 2}])
}

func main() {
	ch := make(chan int, 5)
	producer(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	m := map[key]string{{1, 2}: "x", {3, 4}: "y"}
	cleanup(m, key{1, 2})
	fmt.Println("after:", len(m), m)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		msg := "first"
		defer panic(msg)
		msg = "second"
		fmt.Println("body")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var nilch chan int
		defer close(nilch)
	}()
	var e error = fmt.Errorf("wrapped: %w", fmt.Errorf("inner"))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		defer panic(e)
	}()
}
