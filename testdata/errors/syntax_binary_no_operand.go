// A binary operator with its right operand missing before the closing brace.
package main

import "fmt"

func main() {
	x := 1
	fmt.Println(x)
	x = x +
}
