// An interface method with its own type parameters.
package main

import "fmt"

type Mapper interface {
	Map[T any](x int) int
}

func main() {
	var m Mapper
	fmt.Println(m)
}
