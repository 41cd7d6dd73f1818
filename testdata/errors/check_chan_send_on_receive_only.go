// Sends on a receive-only channel parameter.
package main

import "fmt"

func produce(out <-chan string) {
	out <- "item"
}

func main() {
	ch := make(chan string, 1)
	produce(ch)
	fmt.Println(<-ch)
}
