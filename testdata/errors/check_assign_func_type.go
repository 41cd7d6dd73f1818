// Assigns a function with the wrong signature to a func variable.
package main

import "fmt"

func double(x int) int {
	return x * 2
}

func main() {
	var transform func(string) string
	transform = double
	fmt.Println(transform("a"))
}
