// Passes a call result where a function value is expected.
package main

import (
	"fmt"
	"sort"
)

func less(i, j int) bool {
	return i < j
}

func main() {
	xs := []int{3, 1, 2}
	sort.Slice(xs, less(0, 1))
	fmt.Println(xs)
}
