// An explicit semicolon inside a call's argument list.
package main

import "fmt"

func main() {
	fmt.Println("a";)
}
