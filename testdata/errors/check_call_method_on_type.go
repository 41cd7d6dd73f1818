// Calls a method on the type name instead of a value.
package main

import "fmt"

type Greeter struct {
	name string
}

func (g Greeter) Hello() string {
	return "hello " + g.name
}

func main() {
	fmt.Println(Greeter.Hello())
}
