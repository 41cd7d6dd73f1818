// Type error: break undefined label.
package main

func main() {
	for { break L }
}
