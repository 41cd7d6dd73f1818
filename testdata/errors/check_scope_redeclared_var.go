// Declares the same local variable twice with var in one block.
package main

import "fmt"

func main() {
	var total int
	total = 10
	var total int
	fmt.Println(total)
}
