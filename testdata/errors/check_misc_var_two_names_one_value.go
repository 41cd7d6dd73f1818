// Type error: var two names one value.
package main

func main() {
	var x, y = 1
	_, _ = x, y
}
