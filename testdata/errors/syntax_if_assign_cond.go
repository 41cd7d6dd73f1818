// `=` written instead of `==` in an if condition.
package main

import "fmt"

func main() {
	x := 1
	if x = 2 {
		fmt.Println(x)
	}
}
