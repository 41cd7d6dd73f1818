// Calls a method through a pointer to an interface.
package main

import (
	"fmt"
	"io"
	"strings"
)

func readAll(r *io.Reader) {
	buf := make([]byte, 4)
	n, _ := r.Read(buf)
	fmt.Println(n)
}

func main() {
	var r io.Reader = strings.NewReader("data")
	readAll(&r)
}
