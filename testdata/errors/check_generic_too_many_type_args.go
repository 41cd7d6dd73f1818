// Instantiates a generic function with too many type arguments.
package main

import "fmt"

func Largest[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(Largest[int, int](1, 2))
}
