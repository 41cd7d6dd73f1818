// Ranges over a send-only channel.
package main

import "fmt"

func consume(ch chan<- int) {
	for v := range ch {
		fmt.Println(v)
	}
}

func main() {
	consume(make(chan int))
}
