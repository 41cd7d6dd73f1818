// Type error: indirect int.
package main

func main() {
	var x int
	_ = *x
}
