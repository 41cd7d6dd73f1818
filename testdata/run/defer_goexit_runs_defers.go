// Tests runtime.Goexit called deep in main's call stack: every deferred call of every frame runs before the fatal error.
package main

import (
	"fmt"
	"runtime"
)

func level(n int) {
	defer fmt.Println("leaving level", n)
	if n == 3 {
		defer func() {
			fmt.Println("recover during Goexit:", recover())
		}()
		runtime.Goexit()
	}
	level(n + 1)
	fmt.Println("unreachable", n)
}

func main() {
	defer fmt.Println("main deferred")
	level(1)
}
