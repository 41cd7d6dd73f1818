// A goto statement without a label.
package main

import "fmt"

func main() {
	fmt.Println("a")
	goto
}
