// Initialises an int8 variable with a constant larger than 127.
package main

import "fmt"

func main() {
	var level int8 = 200
	fmt.Println(level)
}
