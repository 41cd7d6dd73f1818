// A \x escape followed by a non-hexadecimal character.
package main

import "fmt"

func main() {
	fmt.Println("\xZZ")
}
