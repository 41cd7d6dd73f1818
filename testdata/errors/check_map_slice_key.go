// Uses a slice as a map key type.
package main

import "fmt"

func main() {
	seen := map[[]int]bool{}
	fmt.Println(len(seen))
}
