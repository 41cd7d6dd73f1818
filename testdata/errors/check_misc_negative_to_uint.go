// Type error: negative to uint.
package main

func main() {
	var x uint = -1
	_ = x
}
