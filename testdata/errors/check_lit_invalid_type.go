// Uses composite literal syntax with a basic type.
package main

import "fmt"

func main() {
	n := int{5}
	fmt.Println(n)
}
