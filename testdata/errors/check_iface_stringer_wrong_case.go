// Implements string() instead of String() for fmt.Stringer.
package main

import "fmt"

type Color int

func (c Color) string() string {
	return "red"
}

func main() {
	var s fmt.Stringer = Color(1)
	fmt.Println(s)
}
