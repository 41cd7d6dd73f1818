// Omits a key in a map literal.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, 2}
	fmt.Println(m)
}
