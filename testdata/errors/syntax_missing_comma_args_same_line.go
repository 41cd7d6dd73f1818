// Two call arguments on one line with the comma between them forgotten.
package main

import "fmt"

func main() {
	fmt.Println("a" "b")
}
