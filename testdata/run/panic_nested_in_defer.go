// Tests the uncaught chained panic output when a deferred call panics while another panic is in flight.
package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() {
		panic(errors.New("second: deferred failure"))
	}()
	fmt.Println("about to panic")
	panic("first: original failure")
}
