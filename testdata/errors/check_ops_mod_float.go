// Uses the remainder operator on floats.
package main

import "fmt"

func main() {
	angle := 370.0
	fmt.Println(angle % 360)
}
