// Tests os.Exit with code 3: deferred calls must not run and output written before exit is kept.
package main

import (
	"fmt"
	"os"
)

func cleanup(name string) {
	fmt.Println("cleanup", name, "(must not print)")
}

func work() int {
	defer fmt.Println("work's deferred call runs on normal return")
	sum := 0
	for i := range 10 {
		sum += i
	}
	return sum
}

func main() {
	defer cleanup("main")
	fmt.Println("sum", work())
	fmt.Fprintln(os.Stderr, "exiting with code 3")
	func() {
		defer cleanup("inner")
		os.Exit(3)
	}()
	fmt.Println("unreachable")
}
