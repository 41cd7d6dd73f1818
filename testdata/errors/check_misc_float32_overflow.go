// Type error: float32 overflow.
package main

func main() {
	var f float32 = 1e100
	_ = f
}
