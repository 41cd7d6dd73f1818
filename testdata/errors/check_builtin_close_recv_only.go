// Closes a receive-only channel.
package main

import "fmt"

func drain(ch <-chan int) {
	for v := range ch {
		fmt.Println(v)
	}
	close(ch)
}

func main() {
	ch := make(chan int)
	close(ch)
	drain(ch)
}
