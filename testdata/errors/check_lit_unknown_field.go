// Names a struct field that does not exist in a literal.
package main

import "fmt"

type Person struct {
	Name string
	Age  int
}

func main() {
	p := Person{Name: "ann", Email: "a@example.com"}
	fmt.Println(p)
}
