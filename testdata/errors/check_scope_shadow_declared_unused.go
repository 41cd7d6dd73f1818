// Shadows an outer variable with := inside a block, so the inner one is never used.
package main

import (
	"fmt"
	"os"
)

func main() {
	var f *os.File
	var err error
	if len(os.Args) > 1 {
		f, err := os.Open(os.Args[1])
	}
	fmt.Println(f, err)
}
