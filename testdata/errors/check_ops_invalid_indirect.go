// Dereferences a value that is not a pointer.
package main

import "fmt"

func main() {
	n := 5
	fmt.Println(*n)
}
