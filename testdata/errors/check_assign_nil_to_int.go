// Assigns nil to an integer.
package main

import "fmt"

func main() {
	var count int = nil
	fmt.Println(count)
}
