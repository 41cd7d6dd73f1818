// Tests that a removed GODEBUG setting set to its old value is a fatal error at start-up.
package main

func main() {
	println("not reached")
}
