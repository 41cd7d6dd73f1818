// Tests the uncaught panic output for a bool panic value.
package main

import "fmt"

func check(ok bool) {
	defer fmt.Println("check done:", ok)
	if !ok {
		panic(ok)
	}
}

func main() {
	check(true)
	check(1 > 2)
}
