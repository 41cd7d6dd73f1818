// Compares two maps with ==.
package main

import "fmt"

func main() {
	x := map[string]int{"a": 1}
	y := map[string]int{"a": 1}
	if x == y {
		fmt.Println("same")
	}
}
