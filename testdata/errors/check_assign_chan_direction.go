// Assigns a receive-only channel to a bidirectional channel variable.
package main

import "fmt"

func source() <-chan int {
	ch := make(chan int, 1)
	ch <- 1
	return ch
}

func main() {
	var ch chan int = source()
	fmt.Println(<-ch)
}
