// Spreads a []string into fmt.Println, which wants ...any.
package main

import "fmt"

func main() {
	words := []string{"a", "b"}
	fmt.Println(words...)
}
