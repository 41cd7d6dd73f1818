// A var spec with `=` but no value before the closing parenthesis of its group.
package main

import "fmt"

var (
	x int =
)

func main() {
	fmt.Println(x)
}
