// Struct fields separated by commas instead of newlines or semicolons.
package main

import "fmt"

type Point struct {
	X int, Y int
}

func main() {
	fmt.Println(Point{})
}
