// Puts a value of the wrong type into a map literal.
package main

import "fmt"

func main() {
	stock := map[string]int{
		"apples": 4,
		"pears":  "none",
	}
	fmt.Println(stock)
}
