// Tests the uncaught panic from closing an already-closed channel.
package main

import "fmt"

func main() {
	ch := make(chan string, 1)
	ch <- "last"
	close(ch)
	fmt.Println(<-ch)
	close(ch)
}
