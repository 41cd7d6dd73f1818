// Uses a variable as an array length.
package main

import "fmt"

func main() {
	n := 5
	var buf [n]byte
	fmt.Println(buf, n)
}
