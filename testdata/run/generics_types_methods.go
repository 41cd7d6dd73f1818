// Tests generic types with methods: Stack[T], linked List[T], Pair[K,V], generic struct embedding and instantiation printing.
package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Len() int { return len(s.items) }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Prepend(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) All() func(func(T) bool) {
	return func(yield func(T) bool) {
		for n := l.head; n != nil; n = n.next {
			if !yield(n.val) {
				return
			}
		}
	}
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func (s Set[T]) Len() int          { return len(s) }

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

type Named[T any] struct {
	Stack[T]
	Name string
}

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	fmt.Println(s.Len())
	v, ok := s.Pop()
	fmt.Println(v, ok)
	s.Pop()
	v, ok = s.Pop()
	fmt.Printf("%q %v\n", v, ok)

	var l List[int]
	for i := range 5 {
		l.Prepend(i * 10)
	}
	for x := range l.All() {
		fmt.Print(x, " ")
	}
	fmt.Println("size", l.size)

	ps := []Pair[string, int]{{"a", 1}, {"b", 2}}
	fmt.Println(ps, ps[0])
	fmt.Printf("%T\n", ps[0])

	set := Set[int]{}
	for _, n := range []int{1, 2, 2, 3, 3, 3} {
		set.Add(n)
	}
	fmt.Println(set.Len(), set.Has(2), set.Has(5))

	var root *Tree[string]
	for _, w := range []string{"m", "c", "x", "a", "e"} {
		root = root.Insert(w)
	}
	root.Walk(func(s string) { fmt.Print(s, " ") })
	fmt.Println()

	n := Named[float64]{Name: "floats"}
	n.Push(1.5)
	n.Push(2.5)
	top, _ := n.Pop()
	fmt.Println(n.Name, top, n.Len())
	fmt.Printf("%T %+v\n", n, n)
}
