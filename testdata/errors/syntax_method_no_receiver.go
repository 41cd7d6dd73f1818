// A method declaration with empty receiver parentheses.
package main

import "fmt"

func () M() {}

func main() {
	fmt.Println()
}
