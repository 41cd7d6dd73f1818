// Assigns a negative constant to an unsigned variable.
package main

import "fmt"

func main() {
	var mask uint = -1
	fmt.Println(mask)
}
