// A goto jumps into a block from outside it.
package main

import "fmt"

func main() {
	n := 1
	goto inner
	if n > 0 {
	inner:
		fmt.Println("inside")
	}
}
