// `x++` used as an expression, as in C.
package main

import "fmt"

func main() {
	x := 1
	y := x++
	fmt.Println(x, y)
}
