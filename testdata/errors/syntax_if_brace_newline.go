// The opening brace of an if body on its own line.
package main

import "fmt"

func main() {
	x := 1
	if x > 0
	{
		fmt.Println("pos")
	}
}
