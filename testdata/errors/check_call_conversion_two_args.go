// Passes two arguments to a type conversion.
package main

import "fmt"

func main() {
	x := float64(1, 2)
	fmt.Println(x)
}
