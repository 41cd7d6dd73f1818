// A byte that is not valid UTF-8 inside a string literal.
package main

import "fmt"

func main() {
	fmt.Println("ÿ")
}
