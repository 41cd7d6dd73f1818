// Returns a value of the wrong type.
package main

import (
	"fmt"
	"strconv"
)

func label(n int) int {
	return strconv.Itoa(n)
}

func main() {
	fmt.Println(label(3))
}
