// Declares a variable inside a closure and never uses it.
package main

import "fmt"

func main() {
	double := func(n int) int {
		result := n * 2
		return n + n
	}
	fmt.Println(double(4))
}
