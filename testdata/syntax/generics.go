// Type parameters on functions, types and methods; constraints; instantiation.
package generics

import "cmp"

type Number interface {
	~int | ~int64 | ~float64
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type List[T any] struct {
	head *node[T]
}

type node[T any] struct {
	val  T
	next *node[T]
}

type Ptr[P *C, C any] struct{}
type Arr [N]int
type ArrMul [N * 2]int
type Tricky[P *C,] struct{}
type Alias[T any] = List[T]

func Max[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{val: v, next: l.head}
}

func (l *List[T]) Map[U any](f func(T) U) *List[U] { return nil }

func Sum[S ~[]E, E Number](s S) (total E) {
	for _, v := range s {
		total += v
	}
	return
}

func use() {
	p := Pair[string, int]{"a", 1}
	_ = Max[int](1, 2)
	_ = Sum([]int{1, 2, 3})
	var f func(int) int = Max[int]
	_, _ = p, f
	var m map[Pair[string, int]][]List[int]
	_ = m
}
