// Tests pointers to arrays: automatic dereference for indexing, len, range, slicing, and passing to functions.
package main

import "fmt"

func fill(p *[5]int, v int) {
	for i := range p {
		p[i] = v * i
	}
}

func sum(p *[5]int) int {
	t := 0
	for _, x := range p {
		t += x
	}
	return t
}

func main() {
	var arr [5]int
	p := &arr
	fill(p, 3)
	fmt.Println(arr, len(p), cap(p), sum(p))
	p[4] = 100
	fmt.Println(arr[4], (*p)[4])

	s := p[1:3]
	s[0] = -1
	fmt.Println(arr, len(s), cap(s))

	for i, v := range p {
		if i == 0 {
			p[2] = 77
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, v := range arr {
		if i == 0 {
			arr[3] = 55
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	q := p
	q[0] = 9
	cp := *p
	cp[0] = 0
	fmt.Println(arr[0], cp[0], *q == arr)
}
