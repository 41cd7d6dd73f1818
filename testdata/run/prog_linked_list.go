// Tests a singly linked list with pointer-receiver methods: push, append, reverse, remove, and a String method.
package main

import (
	"fmt"
	"strings"
)

type node struct {
	val  int
	next *node
}

type List struct {
	head *node
	size int
}

func (l *List) Push(v int) {
	l.head = &node{v, l.head}
	l.size++
}

func (l *List) Append(v int) {
	n := &node{val: v}
	l.size++
	if l.head == nil {
		l.head = n
		return
	}
	cur := l.head
	for cur.next != nil {
		cur = cur.next
	}
	cur.next = n
}

func (l *List) Reverse() {
	var prev *node
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List) Remove(v int) bool {
	for p := &l.head; *p != nil; p = &(*p).next {
		if (*p).val == v {
			*p = (*p).next
			l.size--
			return true
		}
	}
	return false
}

func (l *List) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for n := l.head; n != nil; n = n.next {
		if n != l.head {
			sb.WriteString(" -> ")
		}
		fmt.Fprint(&sb, n.val)
	}
	sb.WriteString("]")
	return sb.String()
}

func main() {
	var l List
	fmt.Println(&l, l.size)
	for i := 1; i <= 3; i++ {
		l.Push(i)
	}
	l.Append(10)
	l.Append(20)
	fmt.Println(&l, l.size)
	l.Reverse()
	fmt.Println(&l)
	fmt.Println(l.Remove(10), l.Remove(99), l.Remove(20), l.Remove(1))
	fmt.Println(l.String(), l.size)
}
