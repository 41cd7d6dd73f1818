// Imports a package that is not used.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("no files today")
}
