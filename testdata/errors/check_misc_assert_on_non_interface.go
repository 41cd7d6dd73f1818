// Type error: assert on non interface.
package main

func main() {
	var i int
	i.(int)
}
