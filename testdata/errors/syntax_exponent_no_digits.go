// A float literal with an exponent marker but no exponent digits.
package main

import "fmt"

func main() {
	fmt.Println(1e)
}
