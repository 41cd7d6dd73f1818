// Tests the uncaught panic from assigning to an entry in a nil map, after reads succeed.
package main

import "fmt"

type registry struct {
	items map[string]int
}

func main() {
	var r registry
	fmt.Println("read from nil map:", r.items["x"], len(r.items))
	r.items["x"] = 1
	fmt.Println("unreachable")
}
