// `else` placed on the line after the closing brace of the if block.
package main

import "fmt"

func main() {
	x := 1
	if x > 0 {
		fmt.Println("pos")
	}
	else {
		fmt.Println("neg")
	}
}
