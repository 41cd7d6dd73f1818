// Ranges over a pointer to a struct.
package main

import "fmt"

type Bag struct {
	items []string
}

func main() {
	b := &Bag{items: []string{"a"}}
	for _, it := range b {
		fmt.Println(it)
	}
}
