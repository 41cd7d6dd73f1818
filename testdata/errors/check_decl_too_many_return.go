// Returns two values from a function with one result.
package main

import (
	"fmt"
	"strconv"
)

func parse(s string) int {
	n, err := strconv.Atoi(s)
	return n, err
}

func main() {
	fmt.Println(parse("1"))
}
