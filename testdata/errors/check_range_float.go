// Ranges over a float value.
package main

import "fmt"

func main() {
	limit := 3.0
	for i := range limit {
		fmt.Println(i)
	}
}
