// Uses two iteration variables with a one-value iterator.
package main

import "fmt"

func evens(yield func(int) bool) {
	for i := 0; i < 10; i += 2 {
		if !yield(i) {
			return
		}
	}
}

func main() {
	for i, v := range evens {
		fmt.Println(i, v)
	}
}
