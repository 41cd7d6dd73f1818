// Shifts a fractional constant.
package main

import "fmt"

func main() {
	n := 3
	fmt.Println(1.5 << n)
}
