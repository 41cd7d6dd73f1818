// Expects two results from a function that returns one.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s, err := strings.ToUpper("abc")
	fmt.Println(s, err)
}
