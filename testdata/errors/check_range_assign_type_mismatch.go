// Ranges into an existing variable of the wrong type.
package main

import "fmt"

func main() {
	var word string
	for _, word = range []int{1, 2} {
		fmt.Println(word)
	}
}
