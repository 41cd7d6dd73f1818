// Defines the same label twice in one function.
package main

import "fmt"

func main() {
	i := 0
retry:
	i++
	if i < 3 {
		goto retry
	}
retry:
	fmt.Println(i)
}
