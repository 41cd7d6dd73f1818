// Uses a key:value element in a slice-of-struct literal where the key is a field name.
package main

import "fmt"

type Item struct {
	Name string
}

func main() {
	items := []Item{Name: "a"}
	fmt.Println(items)
}
