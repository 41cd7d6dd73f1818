// Calls append without assigning its result.
package main

import "fmt"

func main() {
	var names []string
	append(names, "ann")
	fmt.Println(names)
}
