// Tests package-level variable initialization order driven by dependencies, not declaration order.
package main

import "fmt"

var (
	a = c + b  // depends on b and c, so it is initialized after both
	b = f("b") // first ready variable in declaration order
	c = f("c")
	d = 3
)

var total = sum(values...)
var values = []int{x, y, z}
var x, y, z = next(), next(), next()
var counter int

var order []string

func f(name string) int {
	order = append(order, name)
	return len(order) * 10
}

func next() int {
	counter++
	return counter * 100
}

func sum(xs ...int) int {
	s := 0
	for _, v := range xs {
		s += v
	}
	return s
}

var lookup = buildLookup()

func buildLookup() map[string]int {
	m := map[string]int{}
	for i, n := range names {
		m[n] = i
	}
	return m
}

var names = []string{"zero", "one", "two"}

var fromInit int

func init() {
	fromInit = a * 2
	order = append(order, "init")
}

// p is initialized via a closure referencing q.
var p = func() int { return q + 1 }()
var q = 41

func main() {
	fmt.Println("a b c d:", a, b, c, d)
	fmt.Println("order:", order)
	fmt.Println("x y z:", x, y, z, "total:", total, "values:", values)
	fmt.Println("lookup:", lookup)
	fmt.Println("fromInit:", fromInit)
	fmt.Println("p q:", p, q)
}
