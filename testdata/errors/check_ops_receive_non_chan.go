// Receives from something that is not a channel.
package main

import "fmt"

func main() {
	results := []int{1, 2}
	v := <-results
	fmt.Println(v)
}
