// Declares init with a parameter.
package main

import "fmt"

func init(name string) {
	fmt.Println(name)
}

func main() {
}
