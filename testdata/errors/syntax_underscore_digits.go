// Two underscores in a row inside a number literal.
package main

import "fmt"

func main() {
	fmt.Println(1__000)
}
