// Tests an uncaught panic raised by the standard library: strings.Repeat with a negative count.
package main

import (
	"fmt"
	"strings"
)

func banner(word string, n int) string {
	return strings.Repeat(word, n) + "|"
}

func main() {
	for _, n := range []int{3, 1, 0} {
		fmt.Printf("%d:%q\n", n, banner("ab", n))
	}
	n := 2
	n -= 5
	defer fmt.Println("deferred before the panic output")
	fmt.Println(banner("ab", n))
}
