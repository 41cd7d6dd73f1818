// Calls min on booleans.
package main

import "fmt"

func main() {
	a, b := true, false
	fmt.Println(min(a, b))
}
