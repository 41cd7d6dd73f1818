// Uses fallthrough nested inside an if in a case.
package main

import "fmt"

func main() {
	n := 1
	switch n {
	case 1:
		if n > 0 {
			fallthrough
		}
	case 2:
		fmt.Println("two")
	}
}
