// Calls max with an int and a float64.
package main

import "fmt"

func main() {
	n := 3
	f := 2.5
	fmt.Println(max(n, f))
}
