// Type error: method undefined on struct.
package main

func main() {
	type T struct{}
	var t T
	t.Foo()
}
