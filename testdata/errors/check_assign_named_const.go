// Uses a typed constant of a named type as a plain int.
package main

import "fmt"

type Size int

const Large Size = 5

func main() {
	var n int = Large
	fmt.Println(n)
}
