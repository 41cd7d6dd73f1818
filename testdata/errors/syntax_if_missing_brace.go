// An if statement written C-style without braces, body on the next line.
package main

import "fmt"

func main() {
	x := 1
	if x > 0
		fmt.Println("pos")
}
