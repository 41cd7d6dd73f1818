// Calls the init function explicitly.
package main

import "fmt"

var ready bool

func init() {
	ready = true
}

func main() {
	init()
	fmt.Println(ready)
}
