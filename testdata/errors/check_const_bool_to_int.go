// Initialises an int from a boolean constant.
package main

import "fmt"

func main() {
	var flag int = true
	fmt.Println(flag)
}
