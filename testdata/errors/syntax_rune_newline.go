// A rune literal whose closing quote is missing before the newline.
package main

import "fmt"

func main() {
	r := 'a
	fmt.Println(r)
}
