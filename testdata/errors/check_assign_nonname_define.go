// Uses := to assign to a struct field.
package main

import "fmt"

type Box struct {
	W int
}

func main() {
	var b Box
	b.W := 4
	fmt.Println(b)
}
