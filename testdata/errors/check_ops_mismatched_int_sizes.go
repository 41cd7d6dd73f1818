// Compares an int with an int64.
package main

import "fmt"

func main() {
	var limit int64 = 100
	n := 50
	if n < limit {
		fmt.Println("under limit")
	}
}
