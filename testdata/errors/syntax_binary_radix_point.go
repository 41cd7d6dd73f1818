// A binary literal with a fractional part.
package main

import "fmt"

func main() {
	fmt.Println(0b1.1)
}
