// A slice type without an element type.
package main

import "fmt"

func main() {
	var xs []
	fmt.Println(xs)
}
