// A parenthesized expression whose closing parenthesis is missing.
package main

import "fmt"

func main() {
	x := (1 + 2
	fmt.Println(x)
}
