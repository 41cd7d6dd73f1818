// A block comment that is never closed.
package main

import "fmt"

func main() {
	fmt.Println("hi")
}

/* TODO: more tests
