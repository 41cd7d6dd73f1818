// A C-style for loop with parentheses around its clauses.
package main

import "fmt"

func main() {
	for (i := 0; i < 3; i++) {
		fmt.Println(i)
	}
}
