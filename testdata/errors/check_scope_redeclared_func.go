// Defines two package-level functions with the same name.
package main

import "fmt"

func helper() string {
	return "first"
}

func helper() string {
	return "second"
}

func main() {
	fmt.Println(helper())
}
