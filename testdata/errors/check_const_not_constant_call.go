// Initialises a constant with a function call.
package main

import "fmt"

func defaultSize() int {
	return 64
}

const size = defaultSize()

func main() {
	fmt.Println(size)
}
