// Uses fallthrough in a select statement.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 1
	select {
	case v := <-ch:
		fmt.Println(v)
		fallthrough
	default:
		fmt.Println("none")
	}
}
