// Uses a constant index beyond the end of an array.
package main

import "fmt"

func main() {
	var days [7]string
	days[7] = "sunday"
	fmt.Println(days)
}
