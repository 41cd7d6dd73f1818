// Defines a method whose receiver is an interface type.
package main

import "fmt"

type Animal interface {
	Sound() string
}

func (a Animal) Describe() string {
	return "it says " + a.Sound()
}

func main() {
	fmt.Println("x")
}
