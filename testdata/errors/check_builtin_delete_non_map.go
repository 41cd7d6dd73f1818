// Calls delete on a slice.
package main

import "fmt"

func main() {
	items := []string{"a", "b", "c"}
	delete(items, 1)
	fmt.Println(items)
}
