// Type error: compare slices.
package main

func main() {
	var s []int
	_ = s == s
}
