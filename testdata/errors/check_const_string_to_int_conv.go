// Converts a numeric string literal to int instead of parsing it.
package main

import "fmt"

func main() {
	n := int("42")
	fmt.Println(n + 1)
}
