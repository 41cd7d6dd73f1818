// Tests select with default for non-blocking send/receive, nil channels, and closed channels.
package main

import "fmt"

func tryRecv(ch chan int) string {
	select {
	case v, ok := <-ch:
		if !ok {
			return "closed"
		}
		return fmt.Sprint("got ", v)
	default:
		return "empty"
	}
}

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func main() {
	ch := make(chan int, 2)
	fmt.Println(tryRecv(ch))
	fmt.Println(trySend(ch, 1), trySend(ch, 2), trySend(ch, 3))
	fmt.Println(tryRecv(ch), tryRecv(ch), tryRecv(ch))
	close(ch)
	fmt.Println(tryRecv(ch))

	// Nil channels are never ready.
	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println("impossible", v)
	case nilch <- 1:
		fmt.Println("impossible send")
	default:
		fmt.Println("nil channel not ready")
	}

	// Only one ready case: deterministic choice.
	a := make(chan string, 1)
	b := make(chan string, 1)
	b <- "from b"
	select {
	case s := <-a:
		fmt.Println(s)
	case s := <-b:
		fmt.Println(s)
	}

	// Empty select with default only.
	select {
	default:
		fmt.Println("only default")
	}

	// Drain a buffered channel with select-in-loop.
	q := make(chan int, 10)
	for i := range 6 {
		q <- i * 3
	}
	sum, n := 0, 0
	for {
		select {
		case v := <-q:
			sum += v
			n++
			continue
		default:
		}
		break
	}
	fmt.Println("drained", n, "sum", sum)

	// Unbuffered channel with no receiver: send not ready.
	u := make(chan int)
	fmt.Println("send to unbuffered without receiver:", trySend(u, 5))
}
