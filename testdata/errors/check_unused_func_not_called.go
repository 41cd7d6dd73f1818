// Mentions a function without calling it.
package main

import "fmt"

func cleanup() {
	fmt.Println("cleaning up")
}

func main() {
	fmt.Println("working")
	cleanup
}
