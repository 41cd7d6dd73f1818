// A method declared with two receivers.
package main

import "fmt"

type T struct{}

func (a, b T) M() {}

func main() {
	fmt.Println(T{})
}
