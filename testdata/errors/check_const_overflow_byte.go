// Converts a constant that does not fit into a byte.
package main

import "fmt"

func main() {
	b := byte(300)
	fmt.Println(b)
}
