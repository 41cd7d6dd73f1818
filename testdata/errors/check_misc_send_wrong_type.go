// Type error: send wrong type.
package main

func main() {
	ch := make(chan int)
	ch <- "x"
}
