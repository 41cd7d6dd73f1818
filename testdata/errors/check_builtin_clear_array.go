// Calls clear on an array value.
package main

import "fmt"

func main() {
	var counts [4]int
	counts[0] = 1
	clear(counts)
	fmt.Println(counts)
}
