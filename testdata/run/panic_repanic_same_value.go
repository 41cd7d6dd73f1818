// Tests the uncaught "[recovered, repanicked]" output when a deferred function re-panics with the recovered value.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("logging:", r)
		panic(r)
	}()
	panic(fmt.Errorf("fatal: %d items lost", 3))
}
