// Slices with constant indices in the wrong order.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	fmt.Println(s[3:1])
}
