// Indexes an integer as if it were an array.
package main

import "fmt"

func main() {
	digits := 12345
	fmt.Println(digits[0])
}
