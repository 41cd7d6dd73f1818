// Reads the loop counter after the loop it was declared in.
package main

import "fmt"

func main() {
	data := []int{4, 8, 15}
	for i := 0; i < len(data); i++ {
		if data[i] > 5 {
			break
		}
	}
	fmt.Println("stopped at", i)
}
