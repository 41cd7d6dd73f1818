// Calls make for a slice without a length.
package main

import "fmt"

func main() {
	buf := make([]byte)
	fmt.Println(buf)
}
