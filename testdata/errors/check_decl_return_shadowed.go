// A bare return while a named result is shadowed.
package main

import (
	"fmt"
	"strconv"
)

func parse(s string) (n int, err error) {
	if s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			return
		}
		fmt.Println(n)
	}
	return
}

func main() {
	fmt.Println(parse("1"))
}
