// Tests an uncaught index-out-of-range panic on a fixed-size array indexed by a computed value.
package main

import "fmt"

func main() {
	var hist [5]int
	data := []int{0, 1, 4, 2, 4, 9, 3}
	for _, d := range data {
		hist[d]++
		fmt.Println("hist", hist)
	}
}
