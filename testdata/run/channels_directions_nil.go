// Tests channel direction types, channel of channels, nil channels to disable select cases, and len/cap.
package main

import "fmt"

func producer(n int, out chan<- int) {
	for i := range n {
		out <- i
	}
	close(out)
}

func merge(a, b <-chan int) []int {
	var got []int
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil // disable this case
				continue
			}
			got = append(got, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			got = append(got, v*100)
		}
	}
	return got
}

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.n * r.n
	}
}

func main() {
	a := make(chan int, 3)
	b := make(chan int, 3)
	go producer(3, a)
	go producer(3, b)
	got := merge(a, b)
	sum := 0
	for _, v := range got {
		sum += v
	}
	fmt.Println("merged count", len(got), "sum", sum)

	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 4; i++ {
		rep := make(chan int)
		reqs <- request{i, rep}
		fmt.Print(<-rep, " ")
	}
	close(reqs)
	fmt.Println()

	// Buffered channel FIFO order and len/cap.
	q := make(chan string, 4)
	q <- "a"
	q <- "b"
	fmt.Println(len(q), cap(q))
	q <- "c"
	fmt.Println(<-q, <-q, len(q))

	// Directional conversions.
	var sendOnly chan<- string = q
	var recvOnly <-chan string = q
	sendOnly <- "d"
	fmt.Println(<-recvOnly, <-recvOnly)
	fmt.Printf("%T %T\n", sendOnly, recvOnly)

	// Channel of struct{} used as semaphore with cap.
	sem := make(chan struct{}, 2)
	sem <- struct{}{}
	sem <- struct{}{}
	select {
	case sem <- struct{}{}:
		fmt.Println("acquired third (unexpected)")
	default:
		fmt.Println("semaphore full")
	}
	<-sem
	fmt.Println("released, len", len(sem))

	// Receive from closed buffered channel drains first.
	c := make(chan int, 2)
	c <- 1
	c <- 2
	close(c)
	v1, ok1 := <-c
	v2, ok2 := <-c
	v3, ok3 := <-c
	fmt.Println(v1, ok1, v2, ok2, v3, ok3)
}
