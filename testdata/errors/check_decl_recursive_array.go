// An array type contains itself.
package main

import "fmt"

type Grid [4]Grid

func main() {
	var g Grid
	fmt.Println(len(g))
}
