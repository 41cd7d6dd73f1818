// Converts a float64 to string directly.
package main

import "fmt"

func main() {
	price := 9.5
	label := "price: " + string(price)
	fmt.Println(label)
}
