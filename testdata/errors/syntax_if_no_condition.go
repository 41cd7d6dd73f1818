// An if statement with no condition at all.
package main

import "fmt"

func main() {
	if {
		fmt.Println("always")
	}
}
