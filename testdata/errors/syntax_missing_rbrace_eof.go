// The closing brace of the last function is missing at end of file.
package main

import "fmt"

func main() {
	fmt.Println("hi")
