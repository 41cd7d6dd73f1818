// Uses iota outside of a constant declaration.
package main

import "fmt"

func main() {
	id := iota
	fmt.Println(id)
}
