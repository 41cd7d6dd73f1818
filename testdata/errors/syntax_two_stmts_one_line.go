// Two statements on one line without a semicolon between them.
package main

import "fmt"

func main() {
	x := 1 y := 2
	fmt.Println(x, y)
}
