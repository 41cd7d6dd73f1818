// An embedded struct field written in parentheses.
package main

import "fmt"

type Base struct{}

type T struct {
	(Base)
}

func main() {
	fmt.Println(T{})
}
