// A slice literal whose closing brace was forgotten at the end of the line.
package main

import "fmt"

func main() {
	xs := []int{1, 2
	fmt.Println(xs)
}
