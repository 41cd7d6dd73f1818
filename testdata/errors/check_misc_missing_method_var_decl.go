// Type error: missing method var decl.
package main

func main() {
	type I interface{ M() }
	type T struct{}
	var _ I = T{}
}
