// A struct has a field and a method with the same name.
package main

import "fmt"

type User struct {
	Name string
}

func (u User) Name() string {
	return "user"
}

func main() {
	fmt.Println(User{})
}
