// Appends to a map.
package main

import "fmt"

func main() {
	seen := map[string]bool{}
	seen = append(seen, "a")
	fmt.Println(seen)
}
