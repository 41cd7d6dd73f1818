// Tests os.Args: prints the command-line arguments after the program name and processes them.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	args := os.Args[1:]
	fmt.Println(len(args), args)
	fmt.Printf("%q\n", args)
	for i, a := range args {
		fmt.Printf("arg %d: %s (%d bytes, upper %s)\n", i, a, len(a), strings.ToUpper(a))
	}
	fmt.Println(len(os.Args) > 0)
	total := 0
	for _, a := range args {
		total += len(a)
	}
	fmt.Println("total length", total)
}
