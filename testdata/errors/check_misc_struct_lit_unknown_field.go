// Type error: struct lit unknown field.
package main

func main() {
	type T struct{ a int }
	_ = T{b: 1}
}
