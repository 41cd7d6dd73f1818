// Embeds a pointer to an interface in a struct.
package main

import (
	"fmt"
	"io"
)

type LoggedReader struct {
	*io.Reader
	count int
}

func main() {
	var r LoggedReader
	fmt.Println(r.count)
}
