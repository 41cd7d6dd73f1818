// Stores a value of the wrong type through a map index.
package main

import "fmt"

func main() {
	counts := map[string]int{}
	counts["a"] = 1.5
	fmt.Println(counts)
}
