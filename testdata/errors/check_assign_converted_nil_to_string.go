// Assigns a conversion of nil to []byte to a string variable.
package main

import "fmt"

func main() {
	var s string
	s = []byte(nil)
	fmt.Println(s)
}
