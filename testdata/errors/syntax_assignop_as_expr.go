// A compound assignment used as an expression, as in C.
package main

import "fmt"

func main() {
	x := 1
	y := x += 2
	fmt.Println(x, y)
}
