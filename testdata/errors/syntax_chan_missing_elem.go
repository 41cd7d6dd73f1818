// A channel type in make without an element type.
package main

import "fmt"

func main() {
	c := make(chan)
	fmt.Println(c)
}
