// Tests the uncaught panic output for a complex128 panic value.
package main

import "fmt"

func main() {
	z := complex(1.5, -2)
	fmt.Println(z, real(z), imag(z))
	panic(z * 2)
}
