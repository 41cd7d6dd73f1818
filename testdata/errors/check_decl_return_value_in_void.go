// Returns a value from a function without results.
package main

import "fmt"

func logf(msg string) {
	fmt.Println(msg)
	return len(msg)
}

func main() {
	logf("x")
}
