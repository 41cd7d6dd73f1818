// Repeats an index in an array literal.
package main

import "fmt"

func main() {
	names := [3]string{0: "zero", 1: "one", 1: "uno"}
	fmt.Println(names)
}
