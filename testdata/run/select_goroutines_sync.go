// Tests select across multiple channels with goroutines, using ordering that is deterministic.
package main

import "fmt"

func worker(id int, jobs <-chan int, results chan<- [2]int, done chan<- int) {
	for j := range jobs {
		results <- [2]int{j, j * j * id / id}
	}
	done <- id
}

func main() {
	jobs := make(chan int)
	results := make(chan [2]int)
	done := make(chan int)
	quit := make(chan struct{})

	go worker(1, jobs, results, done)
	go func() {
		for i := 1; i <= 5; i++ {
			jobs <- i
		}
		close(jobs)
	}()

	squares := map[int]int{}
	finished := false
	for !finished {
		select {
		case r := <-results:
			squares[r[0]] = r[1]
		case id := <-done:
			fmt.Println("worker", id, "done")
			finished = true
		}
	}
	fmt.Println(squares)

	// Timeout-free ping-pong.
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(quit)
	}()
	v := 0
	for range 5 {
		ping <- v
		v = <-pong
	}
	close(ping)
	<-quit
	fmt.Println("ping-pong result", v)

	// Closed channel in select is always ready.
	c := make(chan int)
	close(c)
	cnt := 0
	for range 3 {
		select {
		case _, ok := <-c:
			if !ok {
				cnt++
			}
		}
	}
	fmt.Println("closed receives", cnt)
}
