// An if statement with an init statement and a semicolon but no condition.
package main

import "fmt"

func main() {
	if x := 1; {
		fmt.Println(x)
	}
}
