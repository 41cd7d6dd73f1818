// Type error: range int var assign string.
package main

func main() {
	for i := range 10 { i = "x" }
}
