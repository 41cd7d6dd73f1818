// Type error: func literal too many args.
package main

func main() {
	type T struct{}
	func(t T) {}(1, 2)
}
