// An expression list statement that is not an assignment.
package main

import "fmt"

func main() {
	x, y := 1, 2
	x, y++
	fmt.Println(x, y)
}
