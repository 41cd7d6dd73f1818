// A switch header followed by a stray token before the opening brace.
package main

import "fmt"

func main() {
	x := 1
	switch x; x y {
	case 1:
		fmt.Println("one")
	}
}
