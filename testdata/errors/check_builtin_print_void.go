// Prints the result of a function with no results.
package main

import "fmt"

func reset() {
	fmt.Println("reset")
}

func main() {
	println(reset())
}
