// Tests an uncaught index-out-of-range panic on a slice after printing partial results.
package main

import "fmt"

func get(xs []int, i int) int {
	return xs[i]
}

func main() {
	xs := []int{10, 20, 30}
	for i := 0; i <= len(xs); i++ {
		fmt.Println("xs", i, "=", get(xs, i))
	}
	fmt.Println("unreachable")
}
