// Type error: assign string to int var.
package main

func main() {
	var x int = "s"
}
