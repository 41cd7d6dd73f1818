// Calls a generic function whose type parameter cannot be inferred.
package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	z := Zero()
	fmt.Println(z)
}
