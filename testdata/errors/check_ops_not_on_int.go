// Applies logical not to an integer.
package main

import "fmt"

func main() {
	flags := 0
	if !flags {
		fmt.Println("no flags")
	}
}
