// Tests the uncaught panic from sending on a closed channel, after deferred calls print.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred runs before crash")
	ch := make(chan int, 2)
	ch <- 1
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	ch <- 2
}
