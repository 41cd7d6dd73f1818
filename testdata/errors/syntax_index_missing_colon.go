// A slice expression with the colon between its indices forgotten.
package main

import "fmt"

func main() {
	xs := []int{1, 2, 3}
	fmt.Println(xs[0 2])
}
