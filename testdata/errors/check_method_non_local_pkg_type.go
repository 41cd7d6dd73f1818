// Defines a method on a type from another package.
package main

import (
	"fmt"
	"strings"
)

func (b *strings.Builder) WriteLine(s string) {
	b.WriteString(s + "\n")
}

func main() {
	fmt.Println("x")
}
