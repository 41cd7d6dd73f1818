// A \u escape naming a UTF-16 surrogate half, which is not a valid code point.
package main

import "fmt"

func main() {
	fmt.Println("\uD800")
}
