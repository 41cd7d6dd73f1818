// Type error: define two names one value.
package main

func main() {
	x, y := 1
	_, _ = x, y
}
