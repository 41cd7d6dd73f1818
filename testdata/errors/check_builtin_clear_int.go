// Calls clear on an int.
package main

import "fmt"

func main() {
	total := 10
	clear(total)
	fmt.Println(total)
}
