// Type error: assign string to int.
package main

func main() {
	x := 1
	x = "s"
	_ = x
}
