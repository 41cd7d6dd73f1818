// A function name that starts with a digit.
package main

import "fmt"

func 2nd() {}

func main() {
	fmt.Println()
}
