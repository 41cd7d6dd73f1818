// Compares two conversions of nil to a slice type: they are slice values, not nil.
package main

import "fmt"

func main() {
	fmt.Println([]int(nil) == []int(nil))
}
