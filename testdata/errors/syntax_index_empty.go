// An index expression with nothing between the brackets.
package main

import "fmt"

func main() {
	xs := []int{1, 2}
	fmt.Println(xs[])
}
