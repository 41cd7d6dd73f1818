// Tests the uncaught output when a deferred function recovers and panics again with a new value.
package main

import "fmt"

func process() {
	defer func() {
		r := recover()
		fmt.Println("cleanup saw:", r)
		panic(fmt.Sprintf("cleanup failed after: %v", r))
	}()
	panic("disk full")
}

func main() {
	process()
}
