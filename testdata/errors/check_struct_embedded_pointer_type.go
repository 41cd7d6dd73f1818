// Embeds a named pointer type in a struct.
package main

import "fmt"

type Node struct {
	V int
}

type NodeRef *Node

type Wrapper struct {
	NodeRef
}

func main() {
	fmt.Println(Wrapper{})
}
