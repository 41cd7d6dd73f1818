// Subtracting from a typed unsigned zero constant goes negative.
package main

import "fmt"

func main() {
	const zero uint8 = 0
	fmt.Println(zero - 1)
}
