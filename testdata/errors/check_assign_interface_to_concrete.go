// Uses an interface value where a concrete type is required.
package main

import "fmt"

func main() {
	var v any = "text"
	var s string = v
	fmt.Println(s)
}
