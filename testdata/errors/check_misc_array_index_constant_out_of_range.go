// Type error: array index constant out of range.
package main

func main() {
	var a [3]int
	_ = a[5]
}
