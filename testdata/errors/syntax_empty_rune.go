// An empty rune literal.
package main

import "fmt"

func main() {
	fmt.Println('')
}
