// Uses a function type as a map key type.
package main

import "fmt"

type Handler func(string)

var handlers map[Handler]string

func main() {
	fmt.Println(len(handlers))
}
