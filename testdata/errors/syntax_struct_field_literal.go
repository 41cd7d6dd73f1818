// A struct field list containing something that is neither a name nor a type.
package main

import "fmt"

type T struct {
	1 int
}

func main() {
	fmt.Println(T{})
}
