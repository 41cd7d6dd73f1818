// Tests the uncaught panic output for a float64 panic value (printed in shortest decimal form by Go 1.27).
package main

import "fmt"

func ratio(a, b float64) float64 {
	r := a / b
	if r > 1 {
		panic(r)
	}
	return r
}

func main() {
	fmt.Println(ratio(1, 4))
	fmt.Println(ratio(7, 2))
}
