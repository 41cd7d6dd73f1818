// Tests pointers: address-of, dereference, pointer to struct field access, new, swapping, pointer to array elements.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func swap(a, b *int) { *a, *b = *b, *a }

func incr(p *int) int {
	*p++
	return *p
}

func newCounter() *int {
	c := 0 // escapes to heap
	return &c
}

func push(head **Node, v int) {
	*head = &Node{v, *head}
}

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)

	p := &x
	*p = 10
	fmt.Println(x, *p, p == &x)
	pp := &p
	**pp = 20
	fmt.Println(x)

	c := newCounter()
	incr(c)
	incr(c)
	fmt.Println("counter", *c)

	n := new(int)
	fmt.Println(*n)
	*n = 5
	fmt.Println(*n + incr(n))

	// Pointers to struct fields and auto-deref.
	type pt struct{ X, Y int }
	s := &pt{1, 2}
	s.X = 7
	py := &s.Y
	*py = 9
	fmt.Println(*s, s.X, (*s).Y)

	// Pointers to array and slice elements.
	arr := [3]int{1, 2, 3}
	ep := &arr[1]
	*ep = 200
	fmt.Println(arr)
	sl := []int{4, 5, 6}
	sp := &sl[2]
	sl[2] = 60
	fmt.Println(*sp)
	ap := &arr
	ap[0] = 100 // auto-deref of array pointer indexing
	fmt.Println(arr, len(ap))

	// Linked list via pointer to pointer.
	var head *Node
	for i := range 5 {
		push(&head, i*i)
	}
	for cur := head; cur != nil; cur = cur.Next {
		fmt.Print(cur.Val, " ")
	}
	fmt.Println()

	// Reverse the list in place.
	var prev *Node
	for cur := head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	for cur := prev; cur != nil; cur = cur.Next {
		fmt.Print(cur.Val, " ")
	}
	fmt.Println()

	// nil pointer comparisons.
	var np *Node
	fmt.Println(np == nil, head.Next == nil)

	// Pointers in maps share state.
	reg := map[string]*int{}
	v := 1
	reg["a"] = &v
	reg["b"] = &v
	*reg["a"] += 41
	fmt.Println(*reg["b"], v)
}
