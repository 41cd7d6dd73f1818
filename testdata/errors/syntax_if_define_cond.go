// A short variable declaration used as the whole if condition.
package main

import "fmt"

func main() {
	if x := 1 {
		fmt.Println(x)
	}
}
