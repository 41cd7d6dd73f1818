// Tests an uncaught slice-bounds panic when slicing a string with low greater than high.
package main

import (
	"fmt"
	"strings"
)

func between(s, open, close string) string {
	i := strings.Index(s, open)
	j := strings.Index(s, close)
	return s[i+len(open) : j]
}

func main() {
	fmt.Println(between("call(arg1, arg2)", "(", ")"))
	fmt.Println(between("x)y(z", "(", ")"))
}
