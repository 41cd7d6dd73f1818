// A map type whose key type is not closed by `]`.
package main

import "fmt"

func main() {
	m := make(map[string int)
	fmt.Println(m)
}
