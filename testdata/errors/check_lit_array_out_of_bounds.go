// Gives more elements than the array length.
package main

import "fmt"

func main() {
	rgb := [3]int{255, 0, 0, 255}
	fmt.Println(rgb)
}
