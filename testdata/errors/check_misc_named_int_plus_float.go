// Type error: named int plus float.
package main

func main() {
	type T int
	var t T
	_ = t + 1.5
}
