// Type error: iface to string needs assertion.
package main

func main() {
	var i interface{ M() }
	var s string = i
	_ = s
}
