// Selects a field through a pointer to a pointer.
package main

import "fmt"

type Point struct {
	X int
}

func main() {
	p := &Point{X: 1}
	pp := &p
	fmt.Println(pp.X)
}
