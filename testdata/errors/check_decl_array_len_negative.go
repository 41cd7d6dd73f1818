// Uses a negative constant as an array length.
package main

import "fmt"

const size = -1

func main() {
	var buf [size]int
	fmt.Println(buf)
}
