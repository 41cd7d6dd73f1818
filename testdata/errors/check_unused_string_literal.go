// Leaves a string literal alone on a line as a statement.
package main

import "fmt"

func main() {
	"starting up"
	fmt.Println("ready")
}
