// An import declaration placed after another top-level declaration.
package main

var greeting = "hi"

import "fmt"

func main() {
	fmt.Println(greeting)
}
