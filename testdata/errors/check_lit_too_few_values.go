// Omits a field in a positional struct literal.
package main

import "fmt"

type RGB struct {
	R, G, B uint8
}

func main() {
	c := RGB{255, 128}
	fmt.Println(c)
}
