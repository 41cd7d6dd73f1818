// Takes init as a function value.
package main

import "fmt"

func init() {
	fmt.Println("setup")
}

func main() {
	f := init
	fmt.Println(f != nil)
}
