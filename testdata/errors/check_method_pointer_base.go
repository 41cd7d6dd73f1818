// Defines a method on a named pointer type.
package main

import "fmt"

type node struct {
	val int
}

type NodePtr *node

func (p NodePtr) Value() int {
	return p.val
}

func main() {
	fmt.Println("x")
}
