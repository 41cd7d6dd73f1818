// Reads an unexported field of a standard library struct.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	b.WriteString("abc")
	fmt.Println(b.buf)
}
