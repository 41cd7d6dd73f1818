// Uses a struct containing a slice as a map key type.
package main

import "fmt"

type Key struct {
	Parts []string
}

func main() {
	index := map[Key]int{}
	fmt.Println(index)
}
