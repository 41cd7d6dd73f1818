// Instantiates a generic type with too few type arguments.
package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	p := Pair[string]{Key: "a"}
	fmt.Println(p)
}
