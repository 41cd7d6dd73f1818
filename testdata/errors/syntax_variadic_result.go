// A variadic `...` used in a function's result list.
package main

import "fmt"

func f() (...int) { return 0 }

func main() {
	fmt.Println(f())
}
