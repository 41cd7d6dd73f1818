// Passes arguments of different types for the same type parameter.
package main

import "fmt"

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	n := 3
	f := 4.5
	fmt.Println(Max(n, f))
}
