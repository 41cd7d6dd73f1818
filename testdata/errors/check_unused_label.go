// Defines a label that no goto, break or continue refers to.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				break
			}
			fmt.Println(i, j)
		}
	}
}
