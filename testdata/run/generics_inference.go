// Tests type inference: from arguments, from function-typed arguments, core types, partial instantiation, and untyped constants.
package main

import (
	"fmt"
	"sort"
)

type Number interface{ ~int | ~int64 | ~float64 }

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Vector []float64

func (v Vector) Norm1() float64 {
	s := 0.0
	for _, x := range v {
		if x < 0 {
			x = -x
		}
		s += x
	}
	return s
}

func Apply[T, R any](v T, f func(T) R) R { return f(v) }

func First[T any, S ~[]T](s S) T { return s[0] }

func SortBy[T any, K int | string | float64](xs []T, key func(T) K) {
	sort.Slice(xs, func(i, j int) bool { return key(xs[i]) < key(xs[j]) })
}

func Pair[A, B any](a A, b B) struct {
	A A
	B B
} {
	return struct {
		A A
		B B
	}{a, b}
}

func MakeMap[K comparable, V any](keys []K, f func(K) V) map[K]V {
	m := make(map[K]V, len(keys))
	for _, k := range keys {
		m[k] = f(k)
	}
	return m
}

func Add[T Number](a, b T) T { return a + b }

type person struct {
	name string
	age  int
}

func main() {
	v := Vector{1, -2, 3}
	scaled := Scale(v, 2) // S inferred as Vector, so Norm1 is available
	fmt.Printf("%T %v %v\n", scaled, scaled, scaled.Norm1())
	fmt.Println(Scale([]int{1, 2, 3}, 10))

	fmt.Println(Apply(21, func(x int) string { return fmt.Sprint(x * 2) }))
	fmt.Println(First([]string{"z", "y"}), First(Vector{9}))

	people := []person{{"carol", 35}, {"al", 40}, {"bob", 25}}
	SortBy(people, func(p person) int { return p.age })
	fmt.Println(people)
	SortBy(people, func(p person) string { return p.name })
	fmt.Println(people)

	p := Pair("x", 3.5)
	fmt.Printf("%+v %T\n", p, p.B)

	m := MakeMap([]string{"a", "bb", "ccc"}, func(s string) int { return len(s) })
	fmt.Println(m)

	// Untyped constants: mixing int and float constants infers float64.
	fmt.Println(Add(1, 2.5), Add(1, 2))
	var i64 int64 = 40
	fmt.Printf("%T %v\n", Add(i64, 2), Add(i64, 2))

	// Partial instantiation.
	f := Apply[int, bool]
	fmt.Println(f(3, func(i int) bool { return i > 2 }))
	fl := First[int, []int]
	fmt.Println(fl([]int{7, 8}))
}
