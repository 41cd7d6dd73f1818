// Defers a builtin whose result would be discarded.
package main

import "fmt"

func main() {
	items := []int{1, 2}
	defer len(items)
	fmt.Println(items)
}
