// Mixes individual arguments with a spread slice.
package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func main() {
	rest := []int{2, 3}
	fmt.Println(sum(1, rest...))
}
