// A var declaration used as the init statement of an if.
package main

import "fmt"

func main() {
	if var x = 1; x > 0 {
		fmt.Println(x)
	}
}
