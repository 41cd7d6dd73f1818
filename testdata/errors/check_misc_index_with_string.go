// Type error: index with string.
package main

func main() {
	x := []int{1,2}
	_ = x["a"]
}
