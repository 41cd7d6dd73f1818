// Tests recovering nil-pointer dereference panics: field access, method call, nil func call, nil array pointer.
package main

import (
	"fmt"
	"runtime"
)

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) Sum() int { return n.Val + n.Next.Val }

func (n *Node) SafeLen() int {
	if n == nil {
		return 0
	}
	return 1 + n.Next.SafeLen()
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(runtime.Error)
		if ok {
			fmt.Printf("%s: runtime error %q\n", name, err.Error())
			return
		}
		fmt.Printf("%s: no panic (%v)\n", name, r)
	}()
	f()
}

func main() {
	var n *Node
	list := &Node{1, &Node{2, nil}}
	try("field", func() { fmt.Println(n.Val) })
	try("method", func() { fmt.Println(list.Next.Sum()) })
	try("nil receiver ok", func() { fmt.Println("len", n.SafeLen(), list.SafeLen()) })
	var f func(int) int
	try("nil func", func() { fmt.Println(f(1)) })
	var pa *[3]int
	try("nil array ptr", func() { pa[1] = 5 })
	try("len nil array ptr", func() { fmt.Println(len(pa)) })
	var pi *int
	try("deref", func() { *pi = 3 })
}
