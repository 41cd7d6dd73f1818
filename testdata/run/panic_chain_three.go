// Tests the uncaught output of three chained panics: each deferred call panics while the previous panic unwinds.
package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() {
		panic(errors.New("third"))
	}()
	defer func() {
		fmt.Println("second defer runs")
		panic("second")
	}()
	fmt.Println("start")
	panic(fmt.Sprint("first ", 1))
}
