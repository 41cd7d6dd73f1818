// Passes a type without Read to a function that wants io.Reader.
package main

import (
	"fmt"
	"io"
)

type Source struct {
	data string
}

func main() {
	b, err := io.ReadAll(Source{data: "abc"})
	fmt.Println(b, err)
}
