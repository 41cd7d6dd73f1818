// A generic function with an empty type parameter list.
package main

import "fmt"

func F[]() {}

func main() {
	F()
	fmt.Println()
}
