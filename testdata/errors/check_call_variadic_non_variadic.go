// Uses ... in a call to a function that is not variadic.
package main

import "fmt"

func first(xs []int) int {
	return xs[0]
}

func main() {
	xs := []int{1, 2}
	fmt.Println(first(xs...))
}
