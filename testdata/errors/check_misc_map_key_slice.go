// Type error: map key slice.
package main

func main() {
	var m map[[]int]int
	_ = m
}
