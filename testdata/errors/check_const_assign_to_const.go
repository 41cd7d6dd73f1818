// Assigns a new value to a declared constant.
package main

import "fmt"

const maxRetries = 3

func main() {
	maxRetries = 5
	fmt.Println(maxRetries)
}
