// `=` instead of `==` with binary operands, which gc wraps in parentheses.
package main

import "fmt"

func main() {
	x, y := 1, 2
	if x + 1 = y * 2 {
		fmt.Println(x)
	}
}
