// A call spanning lines whose last argument lacks a trailing comma before the newline.
package main

import "fmt"

func main() {
	fmt.Println("a",
		"b"
	)
}
