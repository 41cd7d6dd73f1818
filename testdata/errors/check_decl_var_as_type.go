// Uses a variable name where a type is expected.
package main

import "fmt"

func main() {
	count := 3
	var total count
	fmt.Println(total)
}
