// Tests gc's order for call arguments: arguments that call functions or receive are evaluated first, in order, then plain operands (variables, map and array reads).
package main

import (
	"fmt"
	"strconv"
)

var x = 1

func bump() int { x *= 10; return x }

type box struct{ v int }

func (b *box) inc() int { b.v++; return b.v }

func show(a, b, c int) string { return fmt.Sprint(a, b, c) }

func main() {
	fmt.Println(x, bump(), x)
	fmt.Println(show(x, bump(), x))
	b := &box{}
	fmt.Println(b.v, b.inc(), b.v, b.inc())
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), <-ch, len(ch))
	s := []int{1}
	fmt.Println(len(s), strconv.Itoa(len(s)), s[0])
	n := 5
	fmt.Println(n, func() int { n++; return n }(), n)
	fmt.Printf("%d %d %d\n", x, bump(), x)
	m := map[string]int{"a": 1}
	fmt.Println(m["a"], func() int { m["a"] = 9; return 0 }(), m["a"])
	arr := [2]int{1, 2}
	fmt.Println(arr, func() int { arr[0] = 7; return 0 }())
}
