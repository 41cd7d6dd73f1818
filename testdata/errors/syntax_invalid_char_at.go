// A stray `@` character, as in a decorator from another language.
package main

import "fmt"

@inline
func main() {
	fmt.Println("hi")
}
