// A type switch case names a type that cannot implement the interface.
package main

import (
	"fmt"
	"io"
	"strings"
)

type Blob struct {
	data []byte
}

func main() {
	var r io.Reader = strings.NewReader("x")
	switch v := r.(type) {
	case Blob:
		fmt.Println(len(v.data))
	default:
		fmt.Println("reader")
	}
}
