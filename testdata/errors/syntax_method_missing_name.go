// A method declaration whose name was forgotten after the receiver.
package main

import "fmt"

type T struct{}

func (t T) () {}

func main() {
	fmt.Println(T{})
}
