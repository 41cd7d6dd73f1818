// Calls make with a negative constant length.
package main

import "fmt"

func main() {
	buf := make([]int, -1)
	fmt.Println(buf)
}
