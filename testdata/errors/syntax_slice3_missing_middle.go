// A three-index slice expression without the middle index.
package main

import "fmt"

func main() {
	xs := []int{1, 2, 3}
	fmt.Println(xs[0::3])
}
