// Uses a negative index in a slice literal.
package main

import "fmt"

func main() {
	s := []string{-1: "last"}
	fmt.Println(s)
}
