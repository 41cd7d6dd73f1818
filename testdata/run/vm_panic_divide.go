// An integer division by zero at run time panics with Go's message and exit status 2.
package main

var divisor = 0

func quotient(a, b int) int {
	return a / b
}

func main() {
	println("before")
	println(quotient(10, 3))
	println(quotient(10, divisor))
	println("not reached")
}
