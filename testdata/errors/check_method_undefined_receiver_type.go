// Defines a method on a type that was never declared.
package main

import "fmt"

type Circle struct {
	R float64
}

func (c Circel) Area() float64 {
	return 3.14 * c.R * c.R
}

func main() {
	fmt.Println(Circle{R: 1})
}
