// Type error: if non bool condition.
package main

func main() {
	if x := 1
	x { }
}
