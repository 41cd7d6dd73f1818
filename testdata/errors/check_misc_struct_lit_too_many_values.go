// Type error: struct lit too many values.
package main

func main() {
	type T struct{ a int }
	_ = T{1, 2}
}
