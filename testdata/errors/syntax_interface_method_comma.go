// Interface methods separated by commas instead of newlines or semicolons.
package main

import "fmt"

type ReadWriter interface {
	Read() int, Write(n int)
}

func main() {
	var rw ReadWriter
	fmt.Println(rw)
}
