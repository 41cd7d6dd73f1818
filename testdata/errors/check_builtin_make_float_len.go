// Calls make with a float variable as the length.
package main

import "fmt"

func main() {
	size := 4.0
	buf := make([]int, size)
	fmt.Println(buf)
}
