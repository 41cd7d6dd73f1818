// A receive-only channel type with the `chan` keyword left out.
package main

import "fmt"

func main() {
	var c <-int
	fmt.Println(c)
}
