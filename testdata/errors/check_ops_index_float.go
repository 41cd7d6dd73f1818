// Indexes a slice with a float variable.
package main

import "fmt"

func main() {
	s := []string{"a", "b", "c"}
	mid := float64(len(s)) / 2
	fmt.Println(s[mid])
}
