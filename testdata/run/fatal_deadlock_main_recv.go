// Tests the fatal "all goroutines are asleep - deadlock!" error when main blocks receiving on a channel.
package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		ch <- 42
		done <- true
	}()
	fmt.Println("got", <-ch)
	<-done
	fmt.Println("waiting forever")
	<-ch
}
