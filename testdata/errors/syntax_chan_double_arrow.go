// A channel type with arrows on both sides of `chan`.
package main

import "fmt"

func main() {
	c := make(<-chan<- int)
	fmt.Println(c)
}
