// Builds a complex number from parts of different float types.
package main

import "fmt"

func main() {
	var re float32 = 1
	var im float64 = 2
	fmt.Println(complex(re, im))
}
