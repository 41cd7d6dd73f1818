// Assigns a string variable to an int variable.
package main

import "fmt"

func main() {
	input := "12"
	var n int
	n = input
	fmt.Println(n)
}
