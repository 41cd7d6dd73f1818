// A hexadecimal prefix with no digits after it.
package main

import "fmt"

func main() {
	fmt.Println(0x)
}
