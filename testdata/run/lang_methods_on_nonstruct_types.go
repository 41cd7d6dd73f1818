// Tests methods declared on func, slice, map, array and integer types, including adapter types like http.HandlerFunc.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }
func (o Op) Twice() Op        { return func(a, b int) int { return o(o(a, b), b) } }

type Handler interface{ Handle(string) string }

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(s string) string { return f(s) }

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Peek() int { return s[len(s)-1] }

type Set map[string]bool

func (s Set) Add(k string) Set { s[k] = true; return s }
func (s Set) Keys() []string {
	var ks []string
	for k := range s {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

type Vec [3]float64

func (v Vec) Dot(w Vec) float64 { return v[0]*w[0] + v[1]*w[1] + v[2]*w[2] }
func (v *Vec) Scale(k float64) {
	for i := range v {
		v[i] *= k
	}
}

type Celsius int

func (c Celsius) String() string { return fmt.Sprintf("%d°C", int(c)) }

func main() {
	add := Op(func(a, b int) int { return a + b })
	fmt.Println(add.Apply(2, 3), add.Twice()(2, 3), Op.Apply(add, 10, 1))

	var h Handler = HandlerFunc(strings.ToUpper)
	fmt.Println(h.Handle("hello"))
	hs := []Handler{h, HandlerFunc(func(s string) string { return s + "!" })}
	for _, x := range hs {
		fmt.Print(x.Handle("go"), " ")
	}
	fmt.Println()

	var st Stack
	for i := 1; i <= 4; i++ {
		st.Push(i * i)
	}
	fmt.Println(st, st.Peek())
	top := st.Pop()
	next := st.Pop()
	fmt.Println(top, next, st, len(st))

	s := Set{}
	s.Add("b").Add("a").Add("c").Add("a")
	fmt.Println(s.Keys(), len(s))

	v := Vec{1, 2, 3}
	w := v
	v.Scale(2)
	fmt.Println(v, w, v.Dot(w))

	temps := []Celsius{-5, 0, 21}
	fmt.Println(temps, Celsius(100))
	fmt.Printf("%v %d %s\n", temps[0], temps[0], temps[2])
}
