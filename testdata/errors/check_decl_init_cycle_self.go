// A package-level variable refers to itself.
package main

import "fmt"

var counter = counter + 1

func main() {
	fmt.Println(counter)
}
