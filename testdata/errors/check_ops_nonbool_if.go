// Uses an integer as an if condition.
package main

import "fmt"

func main() {
	n := len("abc")
	if n {
		fmt.Println("non-empty")
	}
}
