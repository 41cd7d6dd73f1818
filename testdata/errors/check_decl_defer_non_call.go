// Defers a function value without calling it.
package main

import (
	"fmt"
	"os"
)

func main() {
	f, err := os.Open("data.txt")
	if err != nil {
		return
	}
	defer f.Close
	fmt.Println(f.Name())
}
