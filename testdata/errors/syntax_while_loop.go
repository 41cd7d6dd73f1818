// A while loop, which Go does not have; `while` parses as an identifier.
package main

import "fmt"

func main() {
	i := 0
	while i < 3 {
		i++
	}
	fmt.Println(i)
}
