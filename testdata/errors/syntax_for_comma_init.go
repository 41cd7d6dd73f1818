// A comma written instead of a semicolon between for-loop init and condition.
package main

import "fmt"

func main() {
	n := 3
	for i := 0, i < n; i++ {
		fmt.Println(i)
	}
}
