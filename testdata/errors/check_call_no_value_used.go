// Uses the result of a function that returns nothing.
package main

import "fmt"

func logLine(s string) {
	fmt.Println(s)
}

func main() {
	ok := logLine("x")
	fmt.Println(ok)
}
