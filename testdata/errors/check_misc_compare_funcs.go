// Type error: compare funcs.
package main

func main() {
	var f func()
	_ = f == f
}
