// A bare return while a named result is shadowed by an inner declaration.
package main

import (
	"fmt"
	"strconv"
)

func parse(s string) (n int, err error) {
	if s != "" {
		var err error
		n, err = strconv.Atoi(s)
		if err != nil {
			return
		}
	}
	return
}

func main() {
	fmt.Println(parse("1"))
}
