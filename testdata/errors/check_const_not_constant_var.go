// Initialises a constant from a variable.
package main

import (
	"fmt"
	"os"
)

func main() {
	const n = len(os.Args)
	fmt.Println(n)
}
