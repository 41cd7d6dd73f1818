// Stores a builtin function in a variable.
package main

import "fmt"

func main() {
	size := len
	fmt.Println(size("abc"))
}
