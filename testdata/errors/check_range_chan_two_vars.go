// Uses two iteration variables when ranging over a channel.
package main

import "fmt"

func main() {
	ch := make(chan string, 1)
	ch <- "a"
	close(ch)
	for i, s := range ch {
		fmt.Println(i, s)
	}
}
