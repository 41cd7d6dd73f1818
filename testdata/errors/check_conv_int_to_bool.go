// Converts an int to bool.
package main

import "fmt"

func main() {
	n := 1
	ok := bool(n)
	fmt.Println(ok)
}
