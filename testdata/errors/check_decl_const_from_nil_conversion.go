// Declares a constant from a string conversion of a nil byte slice, which is not constant.
package main

import "fmt"

const empty = string([]byte(nil))

func main() {
	fmt.Println(empty)
}
