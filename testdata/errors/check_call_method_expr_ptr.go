// Uses a method expression on the value type for a pointer method.
package main

import "fmt"

type Stack struct {
	items []int
}

func (s *Stack) Push(v int) {
	s.items = append(s.items, v)
}

func main() {
	push := Stack.Push
	var s Stack
	push(&s, 1)
	fmt.Println(s.items)
}
