// A double-quoted string literal that runs past the end of the line.
package main

import "fmt"

func main() {
	fmt.Println("hello
world")
}
