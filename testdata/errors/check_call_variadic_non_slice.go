// Spreads a non-slice value with ... into a variadic call.
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
	n := 5
	fmt.Println(sum(n...))
}
