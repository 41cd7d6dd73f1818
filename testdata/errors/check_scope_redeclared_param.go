// Declares a local variable with the same name as a parameter.
package main

import "fmt"

func greet(name string) {
	var name = "guest"
	fmt.Println("hello", name)
}

func main() {
	greet("bob")
}
