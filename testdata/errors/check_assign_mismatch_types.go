// Assigns a string constant to an int variable.
package main

import "fmt"

func main() {
	var n int
	n = "5"
	fmt.Println(n)
}
