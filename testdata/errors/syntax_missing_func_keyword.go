// A function declaration with the `func` keyword left out.
package main

import "fmt"

helper() {
	fmt.Println("hi")
}

func main() {
	helper()
}
