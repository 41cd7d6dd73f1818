// An array length followed by a trailing comma.
package main

import "fmt"

func main() {
	var a [3,]int
	fmt.Println(a)
}
