// An interface method declared with the `func` keyword.
package main

import "fmt"

type Reader interface {
	func Read() int
}

func main() {
	var r Reader
	fmt.Println(r)
}
