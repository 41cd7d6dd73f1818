// Tests the uncaught panic from closing a nil channel.
package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println("closing nil channel, len", len(ch))
	close(ch)
}
