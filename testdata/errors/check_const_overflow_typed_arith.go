// Typed constant arithmetic that overflows the constant's type.
package main

import "fmt"

const Limit int8 = 100

const Double = Limit * 2

func main() {
	fmt.Println(Double)
}
