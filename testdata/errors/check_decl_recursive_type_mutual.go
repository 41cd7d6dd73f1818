// Two struct types contain each other by value.
package main

import "fmt"

type Employee struct {
	Name string
	Dept Department
}

type Department struct {
	Head Employee
}

func main() {
	var e Employee
	fmt.Println(e.Name)
}
