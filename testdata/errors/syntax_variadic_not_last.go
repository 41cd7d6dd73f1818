// A variadic parameter that is not the final parameter.
package main

import "fmt"

func f(xs ...int, s string) {}

func main() {
	fmt.Println(f)
}
