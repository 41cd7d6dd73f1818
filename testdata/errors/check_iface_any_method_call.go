// Calls a method on an any value without a type assertion.
package main

import "fmt"

type User struct {
	Name string
}

func (u User) Greet() string {
	return "hi " + u.Name
}

func main() {
	var v any = User{Name: "ann"}
	fmt.Println(v.Greet())
}
