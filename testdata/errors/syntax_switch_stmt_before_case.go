// A statement inside a switch body before the first case.
package main

import "fmt"

func main() {
	x := 1
	switch x {
	fmt.Println("start")
	case 1:
		fmt.Println("one")
	}
}
