// Asserts an interface to a type that cannot implement it.
package main

import (
	"fmt"
	"io"
	"strings"
)

type Token struct {
	text string
}

func main() {
	var r io.Reader = strings.NewReader("x")
	if t, ok := r.(Token); ok {
		fmt.Println(t.text)
	}
}
