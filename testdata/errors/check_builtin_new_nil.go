// Calls new with untyped nil.
package main

import "fmt"

func main() {
	p := new(nil)
	fmt.Println(p)
}
