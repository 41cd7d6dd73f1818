// Reads from the blank identifier.
package main

import "fmt"

func main() {
	_ = 5
	x := _
	fmt.Println(x)
}
