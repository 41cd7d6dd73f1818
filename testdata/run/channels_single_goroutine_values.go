// Tests channels in one goroutine: values copied in and out (structs, arrays, slices, funcs, interfaces), comma-ok after close, nil and direction-restricted channels, select with default, and the deadlock report when main blocks.
package main

import (
	"errors"
	"fmt"
)

type pt struct {
	x, y int
	name string
}

func main() {
	c := make(chan pt, 3)
	p := pt{1, 2, "a"}
	c <- p
	p.x = 100
	c <- p
	fmt.Println(len(c), cap(c))
	q := <-c
	q.y = 9
	r, ok := <-c
	fmt.Println(q, r, ok)
	close(c)
	z, ok := <-c
	fmt.Println(z, ok, len(c))
	for v := range c {
		fmt.Println("never", v)
	}

	ic := make(chan any, 2)
	ic <- errors.New("boom")
	ic <- 42
	var x any
	var got bool
	select {
	case x, got = <-ic:
		fmt.Println("first", x, got)
	}
	fmt.Println(<-ic)

	var nilc chan int
	fmt.Println(len(nilc), cap(nilc), nilc == nil)
	select {
	case nilc <- 1:
		fmt.Println("no")
	case v := <-nilc:
		fmt.Println("no", v)
	default:
		fmt.Println("default with nil channels")
	}

	bc := make(chan []byte, 1)
	buf := []byte("hi")
	bc <- buf
	buf[0] = 'H'
	fmt.Println(string(<-bc))

	sc := make(chan string, 4)
	for _, w := range []string{"a", "b", "c"} {
		select {
		case sc <- w:
		default:
			fmt.Println("full")
		}
	}
	close(sc)
	n := 0
	for range sc {
		n++
	}
	fmt.Println("drained", n)

	cc := make(chan chan int, 1)
	inner := make(chan int, 1)
	inner <- 7
	cc <- inner
	fmt.Println(<-<-cc)

	var ro <-chan int = inner
	var so chan<- int = inner
	so <- 8
	fmt.Println(<-ro, len(ro), cap(so))

	arr := make(chan [3]int, 1)
	a3 := [3]int{1, 2, 3}
	arr <- a3
	a3[0] = 9
	fmt.Println(<-arr, a3)

	fc := make(chan func() int, 1)
	k := 5
	fc <- func() int { return k * 2 }
	k = 6
	fmt.Println((<-fc)())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var dead chan int
		close(dead)
	}()
	unbuf := make(chan int)
	select {
	case unbuf <- 1:
		fmt.Println("no receiver, so never")
	default:
		fmt.Println("unbuffered send not ready")
	}
	fmt.Println("blocking now")
	unbuf <- 1
}
