// A union constraint ending in a dangling `|`.
package main

import "fmt"

type Number interface {
	int | float64 |
}

func main() {
	fmt.Println()
}
