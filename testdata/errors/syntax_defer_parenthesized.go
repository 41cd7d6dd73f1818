// A deferred call wrapped in parentheses.
package main

import "fmt"

func main() {
	defer (fmt.Println("bye"))
}
