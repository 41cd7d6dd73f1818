// Writes a comparison as a statement (meant an assignment).
package main

import "fmt"

func main() {
	x := 0
	x == 1
	fmt.Println(x)
}
