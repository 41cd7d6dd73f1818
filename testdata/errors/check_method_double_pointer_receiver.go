// Defines a method with a pointer-to-pointer receiver.
package main

import "fmt"

type List struct {
	next *List
}

func (l **List) Reset() {
	*l = nil
}

func main() {
	fmt.Println("x")
}
