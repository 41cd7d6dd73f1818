// Type error: compare struct with slice field.
package main

func main() {
	type S struct{ f []int }
	_ = S{} == S{}
}
