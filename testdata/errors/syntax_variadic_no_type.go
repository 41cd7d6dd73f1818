// A variadic parameter with `...` but no element type.
package main

import "fmt"

func f(xs ...) {}

func main() {
	fmt.Println(f)
}
