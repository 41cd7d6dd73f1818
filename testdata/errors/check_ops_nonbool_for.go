// Uses an integer as a for condition.
package main

import "fmt"

func main() {
	remaining := 3
	for remaining {
		fmt.Println(remaining)
		remaining--
	}
}
