// Converts between slice types with different element types.
package main

import "fmt"

type ID int

func main() {
	raw := []int{1, 2, 3}
	ids := []ID(raw)
	fmt.Println(ids)
}
