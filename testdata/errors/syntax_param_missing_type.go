// A parameter list whose trailing name has no type.
package main

import "fmt"

func f(a int, b) {}

func main() {
	fmt.Println(f)
}
