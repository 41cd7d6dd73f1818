// Adds an int and a float64 without converting.
package main

import "fmt"

func main() {
	count := 3
	price := 9.99
	total := price * count
	fmt.Println(total)
}
