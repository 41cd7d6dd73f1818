// Converts a fractional constant to an integer type.
package main

import "fmt"

func main() {
	n := int(3.7)
	fmt.Println(n)
}
