// Converts a string to []int.
package main

import "fmt"

func main() {
	s := "123"
	digits := []int(s)
	fmt.Println(digits)
}
