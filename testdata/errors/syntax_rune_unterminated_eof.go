// A rune literal cut off by the end of the file.
package main

import "fmt"

func main() {
	fmt.Println(1)
}

var r = 'a