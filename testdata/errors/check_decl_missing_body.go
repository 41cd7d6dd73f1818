// Declares a function without a body.
package main

import "fmt"

func compute(x int) int

func main() {
	fmt.Println(compute(2))
}
