// Calls a variable that is not a function.
package main

import "fmt"

func main() {
	total := 10
	fmt.Println(total())
}
