// Converts a value as a statement and discards the result.
package main

import "fmt"

func main() {
	n := 42
	float64(n)
	fmt.Println(n)
}
