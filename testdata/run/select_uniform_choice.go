// Tests that select chooses uniformly at random among ready cases (each of three always-ready cases wins about a third of 30000 rounds).
package main

import "fmt"

func main() {
	a, b, c := make(chan int, 1), make(chan int, 1), make(chan int, 1)
	var counts [3]int
	const rounds = 30000
	for i := 0; i < rounds; i++ {
		a <- 1
		b <- 2
		c <- 3
		select {
		case <-a:
			counts[0]++
			<-b
			<-c
		case <-b:
			counts[1]++
			<-a
			<-c
		case <-c:
			counts[2]++
			<-a
			<-b
		}
	}
	for _, n := range counts {
		// Expected 10000 each; 9000..11000 is more than ten standard deviations wide.
		fmt.Println(n > 9000 && n < 11000)
	}
	fmt.Println(counts[0] + counts[1] + counts[2])
}
