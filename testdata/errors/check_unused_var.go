// Declares a local variable that is never used.
package main

import "fmt"

func main() {
	name := "gopher"
	age := 10
	fmt.Println(name)
}
