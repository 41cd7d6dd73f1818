// An instantiated generic type with an empty type argument list.
package main

import "fmt"

type List[T any] []T

func main() {
	var l List[]
	fmt.Println(l)
}
