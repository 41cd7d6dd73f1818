// Uses a type assertion on a value that is not an interface.
package main

import "fmt"

func main() {
	n := 42
	if s, ok := n.(string); ok {
		fmt.Println(s)
	}
}
