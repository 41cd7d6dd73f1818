// Dereferences untyped nil.
package main

import "fmt"

func main() {
	v := *nil
	fmt.Println(v)
}
