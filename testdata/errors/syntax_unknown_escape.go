// A Windows path with an unknown backslash escape in an interpreted string.
package main

import "fmt"

func main() {
	fmt.Println("C:\data")
}
