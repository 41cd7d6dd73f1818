// Fills a standard library struct with unexported fields positionally.
package main

import (
	"fmt"
	"strings"
)

func main() {
	r := strings.Reader{"abc", 0, -1}
	fmt.Println(r.Len())
}
