// Copies between slices with different element types.
package main

import "fmt"

func main() {
	src := []string{"a", "b"}
	dst := make([]int, 2)
	copy(dst, src)
	fmt.Println(dst)
}
