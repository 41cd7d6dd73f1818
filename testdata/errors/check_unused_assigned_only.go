// Assigns to a variable but never reads it.
package main

import "fmt"

func main() {
	sum := 0
	for _, v := range []int{1, 2, 3} {
		fmt.Println(v)
		sum = v
	}
}
