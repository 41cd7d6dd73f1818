// Type error: slice indices inverted.
package main

func main() {
	_ = []int{1, 2}[2:1]
}
