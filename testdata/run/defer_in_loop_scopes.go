// Tests defers inside loops (all run at function exit, LIFO) versus defers inside per-iteration function literals.
package main

import "fmt"

func loopDefers() {
	for i := range 3 {
		defer fmt.Println("function-level defer", i)
	}
	fmt.Println("loop finished")
}

func perIteration() {
	for i := range 3 {
		func() {
			defer fmt.Println("iteration defer", i)
			fmt.Println("iteration body", i)
		}()
	}
}

func closures() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("closure sees", i) }()
	}
}

func main() {
	loopDefers()
	perIteration()
	closures()
}
