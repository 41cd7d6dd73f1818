// Two specs in a grouped var declaration on one line without a separator.
package main

import "fmt"

var (
	a int b int
)

func main() {
	fmt.Println(a, b)
}
