// A hexadecimal float without the mandatory p exponent.
package main

import "fmt"

func main() {
	fmt.Println(0x1.8)
}
