// Calls a helper function that does not exist.
package main

import "fmt"

func main() {
	items := []string{"a", "b"}
	result := process(items)
	fmt.Println(result)
}
