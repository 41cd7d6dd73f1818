// Tests recursive closures declared via var, mutually recursive closures and closures returning closures.
package main

import "fmt"

func main() {
	var fib func(int) int
	memo := map[int]int{}
	calls := 0
	fib = func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		memo[n] = v
		return v
	}
	fmt.Println(fib(50), calls)

	var isEven, isOdd func(int) bool
	isEven = func(n int) bool { return n == 0 || isOdd(n-1) }
	isOdd = func(n int) bool { return n != 0 && isEven(n-1) }
	fmt.Println(isEven(10), isOdd(7), isEven(7))

	var walk func(depth int, prefix string) []string
	walk = func(depth int, prefix string) []string {
		if depth == 0 {
			return []string{prefix}
		}
		return append(walk(depth-1, prefix+"L"), walk(depth-1, prefix+"R")...)
	}
	fmt.Println(walk(3, ""))

	compose := func(fs ...func(int) int) func(int) int {
		return func(x int) int {
			for _, f := range fs {
				x = f(x)
			}
			return x
		}
	}
	inc := func(x int) int { return x + 1 }
	sq := func(x int) int { return x * x }
	fmt.Println(compose(inc, sq)(3), compose(sq, inc)(3), compose()(3))
	fact := func() func(int) int {
		var f func(int) int
		f = func(n int) int {
			if n <= 1 {
				return 1
			}
			return n * f(n-1)
		}
		return f
	}()
	fmt.Println(fact(10))
}
