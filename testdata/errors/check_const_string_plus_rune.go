// Adds a rune constant to a string constant.
package main

import "fmt"

func main() {
	s := "abc" + 'd'
	fmt.Println(s)
}
