// Recursion, multiple results and named results, printed with the builtin println
// (which writes to standard error).
package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func swap(a, b string) (string, string) { return b, a }

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func main() {
	for i := 0; i <= 25; i += 5 {
		println("fib", i, fib(i))
	}
	q, r := divmod(47, 5)
	println(q, r)
	q, r = divmod(-47, 5)
	println(q, r)
	x, y := swap("left", "right")
	println(x, y, x < y, x == "right")
	println(ackermann(2, 3), ackermann(3, 3))
}
