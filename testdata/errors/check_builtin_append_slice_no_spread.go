// Appends a slice to a slice without ... .
package main

import "fmt"

func main() {
	a := []int{1, 2}
	b := []int{3, 4}
	a = append(a, b)
	fmt.Println(a)
}
