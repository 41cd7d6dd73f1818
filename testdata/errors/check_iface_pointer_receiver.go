// The method is declared on the pointer type, but a value is used.
package main

import "fmt"

type Speaker interface {
	Speak() string
}

type Dog struct {
	name string
}

func (d *Dog) Speak() string {
	return d.name + " says woof"
}

func announce(s Speaker) {
	fmt.Println(s.Speak())
}

func main() {
	d := Dog{name: "rex"}
	announce(d)
}
