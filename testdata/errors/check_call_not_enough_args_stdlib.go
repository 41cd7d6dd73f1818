// Calls strings.Replace without the count argument.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := strings.Replace("a-b-c", "-", "+")
	fmt.Println(s)
}
