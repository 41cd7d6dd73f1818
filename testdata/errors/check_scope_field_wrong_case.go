// Accesses a field with the wrong capitalisation.
package main

import "fmt"

type Person struct {
	Name string
}

func main() {
	p := Person{Name: "Ann"}
	fmt.Println(p.name)
}
