// Stores a huge shifted constant into an int variable.
package main

import "fmt"

func main() {
	big := 1 << 70
	fmt.Println(big)
}
