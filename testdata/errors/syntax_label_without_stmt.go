// A label directly before a case clause, so it labels no statement.
package main

import "fmt"

func main() {
	x := 1
	switch x {
	case 1:
		fmt.Println("one")
	done:
	case 2:
		fmt.Println("two")
	}
}
