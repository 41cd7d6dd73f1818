// Type error: call int var.
package main

func main() {
	x := 5
	x()
}
