// Tests deep recursion (100000+ frames) requiring stack growth, with frames holding local arrays.
package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func sumTo(n int64) int64 {
	if n == 0 {
		return 0
	}
	return n + sumTo(n-1)
}

func heavy(n int) int {
	var buf [32]int
	for i := range buf {
		buf[i] = n + i
	}
	if n == 0 {
		return buf[31]
	}
	return heavy(n-1) + buf[0]%2
}

type list struct {
	v    int
	next *list
}

func length(l *list) int {
	if l == nil {
		return 0
	}
	return 1 + length(l.next)
}

func main() {
	fmt.Println(depth(100000))
	fmt.Println(sumTo(200000))
	fmt.Println(heavy(50000))
	var l *list
	for i := range 100000 {
		l = &list{i, l}
	}
	fmt.Println(length(l))

	// Deep recursion through a closure.
	var count func(int) int
	count = func(n int) int {
		if n == 0 {
			return 0
		}
		return 1 + count(n-1)
	}
	fmt.Println(count(150000))
}
