// Mixes element types in a slice literal.
package main

import "fmt"

func main() {
	ids := []int{1, 2, "3"}
	fmt.Println(ids)
}
