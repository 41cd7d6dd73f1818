// Type error: add int string.
package main

func main() {
	_ = 1 + "a"
}
