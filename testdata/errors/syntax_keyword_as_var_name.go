// A keyword used as a variable name in a var declaration.
package main

import "fmt"

func main() {
	var func int
	fmt.Println("x")
}
