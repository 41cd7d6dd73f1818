// An octal escape whose value exceeds 255.
package main

import "fmt"

func main() {
	fmt.Println("\400")
}
