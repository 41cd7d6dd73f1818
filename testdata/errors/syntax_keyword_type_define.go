// The keyword `type` used as a variable name in a short declaration.
package main

import "fmt"

func main() {
	type := "circle"
	fmt.Println("x")
}
