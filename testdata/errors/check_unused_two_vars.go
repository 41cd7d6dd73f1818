// Leaves two variables unused; both are reported.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("7")
	width, height := 3, 4
	fmt.Println(n, err)
}
