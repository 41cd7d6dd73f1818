// A for loop with init and a semicolon, then the brace, but no condition.
package main

import "fmt"

func main() {
	for i := 0; {
		fmt.Println(i)
	}
}
