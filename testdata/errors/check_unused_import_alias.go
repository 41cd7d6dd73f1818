// Imports a package under an alias and never uses it.
package main

import (
	"fmt"
	str "strings"
)

func main() {
	fmt.Println("plain")
}
