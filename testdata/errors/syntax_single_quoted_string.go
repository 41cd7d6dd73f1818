// A string written in single quotes, which makes it a rune literal.
package main

import "fmt"

func main() {
	fmt.Println('hello')
}
