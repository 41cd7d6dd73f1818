// Uses the send operator on a slice.
package main

import "fmt"

func main() {
	queue := []int{}
	queue <- 1
	fmt.Println(queue)
}
