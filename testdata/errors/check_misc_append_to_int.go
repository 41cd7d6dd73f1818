// Type error: append to int.
package main

func main() {
	_ = append(1, 2)
}
