// Calls a function that the package does not provide.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Reverse("hello"))
}
