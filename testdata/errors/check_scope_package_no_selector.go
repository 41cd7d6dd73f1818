// Uses a package name as if it were a value.
package main

import "fmt"

func main() {
	fmt.Println("start")
	out := fmt
	out.Println("done")
}
