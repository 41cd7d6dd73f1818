// A struct type contains itself by value.
package main

import "fmt"

type Tree struct {
	Value int
	Left  Tree
}

func main() {
	var t Tree
	fmt.Println(t.Value)
}
