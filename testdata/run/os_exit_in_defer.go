// Tests os.Exit called from a deferred function: earlier-registered defers never run and the exit code is kept.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never printed")
	defer func() {
		fmt.Println("exiting from defer")
		os.Exit(4)
	}()
	defer fmt.Println("last registered, runs first")
	fmt.Println("main body")
}
