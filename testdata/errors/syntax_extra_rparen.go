// One closing parenthesis too many at the end of a call statement.
package main

import "fmt"

func main() {
	fmt.Println("hi"))
}
