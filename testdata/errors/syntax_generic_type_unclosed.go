// A generic type whose type parameter list lacks the closing bracket.
package main

import "fmt"

type L[T any struct{}

func main() {
	fmt.Println(1)
}
