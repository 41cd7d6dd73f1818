// Passes two arguments to len.
package main

import "fmt"

func main() {
	a := []int{1}
	b := []int{2, 3}
	fmt.Println(len(a, b))
}
