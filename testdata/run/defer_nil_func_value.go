// Tests deferring a nil function value: the defer statement succeeds but the panic happens when the function returns.
package main

import (
	"fmt"
	"runtime"
)

func run() (msg string) {
	defer func() {
		r := recover()
		_, rt := r.(runtime.Error)
		msg = fmt.Sprintf("recovered %v (runtime.Error=%t)", r, rt)
	}()
	var cleanup func()
	defer cleanup()
	fmt.Println("defer of nil func registered")
	return "normal return"
}

func main() {
	fmt.Println(run())
}
