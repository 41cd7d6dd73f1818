// Type error: empty struct lit with value.
package main

func main() {
	_ = struct{}{1}
}
