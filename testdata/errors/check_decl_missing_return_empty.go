// A function with a result type has an empty body.
package main

import "fmt"

func answer() int {
}

func main() {
	fmt.Println(answer())
}
