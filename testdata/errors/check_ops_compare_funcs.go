// Compares two function values.
package main

import (
	"fmt"
	"strings"
)

func main() {
	f := strings.ToUpper
	fmt.Println(f == strings.ToLower)
}
