// Increments a field of a struct stored in a map.
package main

import "fmt"

type Counter struct {
	Hits int
}

func main() {
	m := map[string]Counter{}
	m["home"].Hits++
	fmt.Println(m)
}
