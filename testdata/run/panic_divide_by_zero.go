// Tests the uncaught integer divide-by-zero run-time panic; float division by zero is fine.
package main

import "fmt"

func avg(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s / len(xs)
}

func main() {
	zero := 0.0
	fmt.Println(1 / zero)
	fmt.Println(avg([]int{1, 2, 3, 6}))
	fmt.Println(avg(nil))
}
