// Tests a defer that recovers panic A followed by an earlier-registered defer that panics B: only B is reported.
package main

import "fmt"

func work() {
	defer func() {
		fmt.Println("outer defer: recover() =", recover())
		panic("B from outer defer")
	}()
	defer func() {
		r := recover()
		fmt.Println("inner defer recovered:", r)
	}()
	panic("A from work")
}

func main() {
	defer fmt.Println("main deferred print")
	fmt.Println("start")
	work()
	fmt.Println("unreachable")
}
