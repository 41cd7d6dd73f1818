// Tests runtime.Goexit called from main: deferred calls run, then the program dies with a fatal deadlock error.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("deferred 1")
	defer func() {
		fmt.Println("deferred 2, recover:", recover())
	}()
	fmt.Println("calling Goexit")
	runtime.Goexit()
	fmt.Println("unreachable")
}
