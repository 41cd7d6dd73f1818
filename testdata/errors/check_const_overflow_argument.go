// Passes a constant that is too big for the parameter type.
package main

import "fmt"

func setPort(p uint16) {
	fmt.Println("port", p)
}

func main() {
	setPort(70000)
}
