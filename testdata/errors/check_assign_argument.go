// Passes a string where the function wants an int.
package main

import "fmt"

func repeat(n int) {
	for i := 0; i < n; i++ {
		fmt.Println("hi")
	}
}

func main() {
	times := "3"
	repeat(times)
}
