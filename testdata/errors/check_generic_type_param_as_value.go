// Uses a type parameter as a value.
package main

import "fmt"

func Describe[T any](v T) string {
	return fmt.Sprint(T, v)
}

func main() {
	fmt.Println(Describe(1))
}
