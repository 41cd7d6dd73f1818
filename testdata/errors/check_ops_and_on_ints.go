// Uses && on integers instead of &.
package main

import "fmt"

func main() {
	mask, bits := 6, 3
	fmt.Println(mask && bits)
}
