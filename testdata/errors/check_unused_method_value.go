// Forgets the parentheses when calling a method.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	b.WriteString("x")
	b.Reset
	fmt.Println(b.Len())
}
