// Builds a complex number from int variables.
package main

import "fmt"

func main() {
	re, im := 1, 2
	fmt.Println(complex(re, im))
}
