// Tests append aliasing through function parameters: in-capacity appends overwrite the caller's hidden elements.
package main

import "fmt"

func addOne(s []int) []int {
	return append(s, 1)
}

func mutate(s []int) {
	s[0] = 100
	s = append(s, 200)
	s[0] = 300
}

func main() {
	base := make([]int, 3, 5)
	x := addOne(base)
	y := addOne(base)
	fmt.Println(base, x, y, len(base), cap(base))
	y[3] = 9
	fmt.Println(x[3], &x[0] == &y[0])

	full := []int{1, 2, 3}
	a := addOne(full)
	b := addOne(full)
	a[0] = 50
	fmt.Println(full, a, b)

	m := make([]int, 1, 4)
	mutate(m)
	fmt.Println(m, m[:2])

	n := []int{7}
	mutate(n)
	fmt.Println(n)

	prefix := []byte("ab")[:2:2]
	p1 := append(prefix, 'c')
	p2 := append(prefix, 'd')
	fmt.Println(string(p1), string(p2))
}
