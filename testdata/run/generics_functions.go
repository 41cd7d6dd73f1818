// Tests generic functions: Map/Filter/Reduce, multiple type parameters, explicit instantiation, comparable, any.
package main

import (
	"fmt"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func Zero[T any]() T {
	var z T
	return z
}

func Swap[A, B any](a A, b B) (B, A) { return b, a }

func Ptr[T any](v T) *T { return &v }

func Uniq[T comparable](xs []T) []T {
	seen := map[T]bool{}
	var out []T
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

type pt struct{ x, y int }

func main() {
	nums := []int{1, 2, 3, 4, 5, 6}
	sq := Map(nums, func(n int) int { return n * n })
	fmt.Println(sq)
	strs := Map(nums, func(n int) string { return strings.Repeat("*", n) })
	fmt.Println(strs)
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens)
	sum := Reduce(nums, 0, func(a, n int) int { return a + n })
	joined := Reduce(nums, "", func(a string, n int) string { return a + fmt.Sprint(n) })
	fmt.Println(sum, joined)

	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index(nums, 42), Index([]pt{{1, 2}, {3, 4}}, pt{3, 4}))
	fmt.Println(len(Keys(map[string]bool{"x": true, "y": false})))

	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[int](), Zero[*int]() == nil, Zero[[]int]() == nil)
	b, a := Swap(1, "one")
	fmt.Println(b, a)
	p := Ptr(3.5)
	*p += 1
	fmt.Println(*p)

	fmt.Println(Uniq([]int{3, 1, 3, 2, 1}), Uniq([]string{"b", "a", "b"}))
	explicit := Map[int, float64]
	fmt.Println(explicit([]int{1, 2}, func(i int) float64 { return float64(i) / 4 }))
	fmt.Printf("%T\n", explicit)
}
