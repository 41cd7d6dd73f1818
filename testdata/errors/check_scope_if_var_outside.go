// Uses a variable declared in an if statement's init after the if.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	if n, err := strconv.Atoi("42"); err == nil {
		fmt.Println("parsed", n)
	}
	fmt.Println(n + 1)
}
