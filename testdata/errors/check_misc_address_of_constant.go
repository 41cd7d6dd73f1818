// Type error: address of constant.
package main

func main() {
	_ = &1
}
