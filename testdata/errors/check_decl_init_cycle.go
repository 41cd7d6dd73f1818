// Two package-level variables are initialised from each other.
package main

import "fmt"

var width = height * 2
var height = width / 2

func main() {
	fmt.Println(width, height)
}
