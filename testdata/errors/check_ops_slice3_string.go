// Uses a full (3-index) slice expression on a string.
package main

import "fmt"

func main() {
	s := "abcdef"
	fmt.Println(s[1:3:4])
}
