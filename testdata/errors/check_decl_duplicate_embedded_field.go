// Embeds a type whose name clashes with a field.
package main

import (
	"fmt"
	"strings"
)

type Doc struct {
	Builder string
	strings.Builder
}

func main() {
	fmt.Println(Doc{})
}
