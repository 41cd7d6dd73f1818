// Uses continue inside a switch that is not in a loop.
package main

import "fmt"

func main() {
	n := 2
	switch n {
	case 1:
		fmt.Println("one")
	case 2:
		continue
	}
}
