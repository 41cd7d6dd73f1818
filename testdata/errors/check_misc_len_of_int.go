// Type error: len of int.
package main

func main() {
	_ = len(1)
}
