// Calls make with a length larger than the capacity.
package main

import "fmt"

func main() {
	buf := make([]int, 10, 5)
	fmt.Println(buf)
}
