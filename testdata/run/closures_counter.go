// Tests closures: counters with independent state, closures capturing by reference, generators and memoization.
package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 0 }
}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func memo(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	misses := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		misses++
		v := f(n)
		cache[n] = v
		return v
	}, &misses
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func main() {
	inc, reset := counter()
	inc2, _ := counter()
	fmt.Println(inc(), inc(), inc(), inc2())
	reset()
	fmt.Println(inc(), inc2())

	acc := adder(100)
	fmt.Println(acc(1), acc(10), acc(-50))

	f := fibGen()
	for range 10 {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	sq, misses := memo(func(n int) int { return n * n })
	fmt.Println(sq(4), sq(4), sq(5), sq(4), "misses:", *misses)

	pipeline := compose(func(x int) int { return x + 1 }, func(x int) int { return x * 10 }, adder(0))
	fmt.Println(pipeline(1), pipeline(2))

	// Closure modifying captured variable visible outside.
	total := 0
	add := func(xs ...int) {
		for _, x := range xs {
			total += x
		}
	}
	add(1, 2, 3)
	add()
	add([]int{10, 20}...)
	fmt.Println("total", total)

	// Immediately invoked function literal.
	res := func(a, b int) int { return a*a + b*b }(3, 4)
	fmt.Println(res)

	// Recursive closure.
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10), fact(20))
}
