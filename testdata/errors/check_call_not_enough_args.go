// Calls a function with fewer arguments than parameters.
package main

import "fmt"

func area(w, h float64) float64 {
	return w * h
}

func main() {
	fmt.Println(area(2.5))
}
