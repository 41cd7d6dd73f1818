// Calls len as a statement and drops the result.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	len(s)
	fmt.Println(s)
}
