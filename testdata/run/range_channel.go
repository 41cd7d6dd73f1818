// Tests range over a channel until close, with a producer goroutine and buffered channels.
package main

import "fmt"

func gen(n int) <-chan int {
	ch := make(chan int)
	go func() {
		for i := range n {
			ch <- i * i
		}
		close(ch)
	}()
	return ch
}

func filter(in <-chan int, pred func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			if pred(v) {
				out <- v
			}
		}
	}()
	return out
}

func main() {
	for v := range gen(5) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	sum := 0
	for v := range filter(gen(20), func(x int) bool { return x%2 == 1 }) {
		sum += v
	}
	fmt.Println("sum of odd squares below 400:", sum)

	buf := make(chan string, 3)
	buf <- "a"
	buf <- "b"
	buf <- "c"
	close(buf)
	fmt.Println("len", len(buf), "cap", cap(buf))
	for s := range buf {
		fmt.Print(s)
	}
	fmt.Println()
	v, ok := <-buf
	fmt.Printf("after close: %q %v\n", v, ok)

	// Blank range over channel counts elements.
	cnt := 0
	for range gen(7) {
		cnt++
	}
	fmt.Println("count", cnt)
}
