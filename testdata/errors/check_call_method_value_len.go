// Uses a method value where the call result was meant.
package main

import "fmt"

type List struct {
	items []string
}

func (l List) Items() []string {
	return l.items
}

func main() {
	l := List{items: []string{"a"}}
	fmt.Println(len(l.Items))
}
