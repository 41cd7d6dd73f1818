// Calls an unexported (lower-case) function of another package.
package main

import "fmt"

func main() {
	fmt.println("hello")
}
