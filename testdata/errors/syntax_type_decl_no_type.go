// A type declaration with no type after the name.
package main

import "fmt"

type T

func main() {
	fmt.Println()
}
