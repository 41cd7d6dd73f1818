// Converts a *int to *int64.
package main

import "fmt"

func main() {
	n := 5
	p := (*int64)(&n)
	fmt.Println(*p)
}
