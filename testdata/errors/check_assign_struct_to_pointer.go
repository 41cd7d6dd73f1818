// Assigns a struct value where a pointer is expected.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	head := Node{Val: 1}
	head.Next = Node{Val: 2}
	fmt.Println(head)
}
