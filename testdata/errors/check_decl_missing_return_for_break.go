// An infinite loop that contains a break does not terminate the function.
package main

import "fmt"

func firstEven(xs []int) int {
	i := 0
	for {
		if i >= len(xs) {
			break
		}
		if xs[i]%2 == 0 {
			return xs[i]
		}
		i++
	}
}

func main() {
	fmt.Println(firstEven([]int{1, 2}))
}
