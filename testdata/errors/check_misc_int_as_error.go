// Type error: int as error.
package main

func main() {
	var e error = 1
	_ = e
}
