// Takes the address of a function call result.
package main

import "fmt"

func defaultName() string {
	return "guest"
}

func main() {
	p := &defaultName()
	fmt.Println(*p)
}
