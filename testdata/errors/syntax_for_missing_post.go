// A three-clause for loop with the second semicolon and post statement missing.
package main

import "fmt"

func main() {
	for i := 0; i < 3 {
		fmt.Println(i)
	}
}
