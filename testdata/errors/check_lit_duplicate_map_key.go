// Repeats a key in a map literal.
package main

import "fmt"

func main() {
	codes := map[string]int{
		"us": 1,
		"fr": 33,
		"us": 44,
	}
	fmt.Println(codes)
}
