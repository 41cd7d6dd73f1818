// Names an unexported field of a standard library struct in a literal.
package main

import (
	"fmt"
	"strings"
)

func main() {
	b := strings.Builder{buf: []byte("x")}
	fmt.Println(b.String())
}
