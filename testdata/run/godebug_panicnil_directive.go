//go:debug panicnil=1

// Tests //go:debug panicnil=1: panic(nil) panics with a nil value again, so recover returns nil, and an uncaught one prints "panic: nil".
package main

import "fmt"

func main() {
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %v %T\n", r, r)
		}()
		panic(nil)
	}()
	fmt.Println("after the recovered panic")
	defer fmt.Println("deferred call runs")
	panic(nil)
}
