// An interpreted string literal cut off by the end of the file.
package main

import "fmt"

func main() {
	fmt.Println("hello