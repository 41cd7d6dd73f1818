// Tests assignment and evaluation order: index operands are evaluated before assigning, calls run left to right.
package main

import "fmt"

var log []string

func f(name string, v int) int {
	log = append(log, name)
	return v
}

func flush(label string) {
	fmt.Println(label, log)
	log = nil
}

type P struct{ X, Y int }

func main() {
	a := []int{0, 0, 0, 0}
	i := 1
	a[i], i = 10, 2
	fmt.Println(a, i)
	i, a[i] = 3, 20
	fmt.Println(a, i)

	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)
	b := []int{1, 2, 3}
	b[0], b[1], b[2] = b[2], b[0], b[1]
	fmt.Println(b)

	p := &P{1, 2}
	q := p
	p.X, p = 100, &P{3, 4}
	fmt.Println(*p, *q)

	// Operands and call arguments are evaluated left to right.
	sum := f("a", 1) + f("b", 2)*f("c", 3)
	flush(fmt.Sprint("sum=", sum))
	arr := [3]int{f("x", 1), f("y", 2), f("z", 3)}
	flush(fmt.Sprint("arr=", arr))
	m := map[int]int{f("k1", 1): f("v1", 10), f("k2", 2): f("v2", 20)}
	flush(fmt.Sprint("map len=", len(m)))
	a[f("idx", 0)] = f("rhs", 99)
	flush(fmt.Sprint("a=", a))

	// op-assignment evaluates the index once.
	cnt := 0
	next := func() int { cnt++; return 0 }
	c := []int{5}
	c[next()] += 10
	c[next()]++
	fmt.Println(c, "index calls:", cnt)

	// Swapping through a function-returned slice.
	s := []string{"p", "q", "r"}
	get := func() []string { log = append(log, "get"); return s }
	get()[0], get()[2] = get()[2], get()[0]
	flush(fmt.Sprint("s=", s))

	// Re-slicing while assigning to the slice variable.
	t := []int{1, 2, 3, 4, 5}
	t, u := t[1:3], t[3:]
	fmt.Println(t, u, len(t), cap(t))
}
