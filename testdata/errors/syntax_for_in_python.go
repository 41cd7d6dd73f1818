// A Python-style `for x in xs` loop.
package main

import "fmt"

func main() {
	xs := []int{1, 2, 3}
	for x in xs {
		fmt.Println(x)
	}
}
