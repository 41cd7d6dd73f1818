// Receives from a send-only channel parameter.
package main

import "fmt"

func consume(in chan<- int) {
	v := <-in
	fmt.Println(v)
}

func main() {
	consume(make(chan int))
}
