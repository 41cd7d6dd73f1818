// A named function declared inside another function.
package main

import "fmt"

func main() {
	func helper() {
		fmt.Println("hi")
	}
	helper()
}
