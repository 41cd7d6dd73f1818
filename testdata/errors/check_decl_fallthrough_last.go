// Uses fallthrough in the last case of a switch.
package main

import "fmt"

func main() {
	n := 1
	switch n {
	case 0:
		fmt.Println("zero")
	case 1:
		fmt.Println("one")
		fallthrough
	}
}
