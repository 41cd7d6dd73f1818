// An unused variable and an unused import are reported after the type error in time but sorted by position.
package main

import (
	"fmt"
	"strings"
)

func main() {
	count := 0
	name := "gopher"
	fmt.Println(name + 1)
}
