// Uses make to create a struct.
package main

import "fmt"

type Point struct {
	X, Y int
}

func main() {
	p := make(Point)
	fmt.Println(p)
}
