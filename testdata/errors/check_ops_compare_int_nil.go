// Compares an int with nil.
package main

import "fmt"

func find(xs []int, v int) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func main() {
	if idx := find([]int{1, 2}, 2); idx == nil {
		fmt.Println("missing")
	}
}
