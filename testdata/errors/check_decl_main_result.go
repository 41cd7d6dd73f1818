// Declares main with a result.
package main

import "fmt"

func main() int {
	fmt.Println("exit code")
	return 0
}
