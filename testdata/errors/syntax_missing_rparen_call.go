// A call whose closing parenthesis was forgotten before the next statement.
package main

import "fmt"

func main() {
	fmt.Println("hello"
	fmt.Println("world")
}
