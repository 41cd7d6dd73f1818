// An identifier containing a non-letter Unicode character.
package main

import "fmt"

var price€ = 3

func main() {
	fmt.Println("x")
}
