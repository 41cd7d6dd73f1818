// Converts an interface value to int instead of asserting it.
package main

import "fmt"

func main() {
	var v any = 7
	n := int(v)
	fmt.Println(n)
}
