// Tests goroutines communicating over channels: fan-out/fan-in with results collected in deterministic order.
package main

import "fmt"

type job struct {
	id, n int
}

type result struct {
	id     int
	primes int
}

func countPrimes(n int) int {
	c := 0
	for i := 2; i <= n; i++ {
		p := true
		for d := 2; d*d <= i; d++ {
			if i%d == 0 {
				p = false
				break
			}
		}
		if p {
			c++
		}
	}
	return c
}

func worker(jobs <-chan job, results chan<- result, done chan<- struct{}) {
	for j := range jobs {
		results <- result{j.id, countPrimes(j.n)}
	}
	done <- struct{}{}
}

func main() {
	const workers = 4
	jobs := make(chan job, 10)
	results := make(chan result, 10)
	done := make(chan struct{})

	for range workers {
		go worker(jobs, results, done)
	}
	inputs := []int{10, 100, 1000, 5000, 20, 30, 7919, 2}
	go func() {
		for i, n := range inputs {
			jobs <- job{i, n}
		}
		close(jobs)
	}()
	go func() {
		for range workers {
			<-done
		}
		close(results)
	}()

	byID := make([]int, len(inputs))
	for r := range results {
		byID[r.id] = r.primes
	}
	for i, n := range inputs {
		fmt.Printf("primes <= %d: %d\n", n, byID[i])
	}

	// Sequential hand-off through a chain of goroutines.
	const stages = 100
	first := make(chan int)
	in := first
	for range stages {
		out := make(chan int)
		go func(in <-chan int, out chan<- int) {
			v := <-in
			out <- v + 1
		}(in, out)
		in = out
	}
	first <- 0
	fmt.Println("after chain:", <-in)

	// Unbuffered synchronization: goroutine result ordering forced by channels.
	steps := make(chan string)
	go func() {
		for _, s := range []string{"one", "two", "three"} {
			steps <- s
		}
		close(steps)
	}()
	for s := range steps {
		fmt.Print(s, " ")
	}
	fmt.Println()
}
