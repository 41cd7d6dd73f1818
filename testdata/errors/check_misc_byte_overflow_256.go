// Type error: byte overflow 256.
package main

func main() {
	var b byte = 256
	_ = b
}
