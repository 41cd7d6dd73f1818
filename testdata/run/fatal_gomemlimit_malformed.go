// Tests that a malformed GOMEMLIMIT is a fatal error at start-up, before main runs.
package main

func main() {
	println("not reached")
}
