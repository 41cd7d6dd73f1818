// Uses a two-result call inside an expression.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	total := strconv.Atoi("5") + 1
	fmt.Println(total)
}
