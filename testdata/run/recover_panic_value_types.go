// Tests the Go type of what recover returns for each kind of run-time panic, and for standard-library panics with strings.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

func try(f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Printf("%T %v %v\n", r, r, isRT)
	}()
	f()
}

func main() {
	try(func() { _ = strings.Repeat("x", -1) })
	try(func() { var e *error; errors.As(errors.New("x"), e) })
	try(func() { var m map[string]int; m["a"] = 1 })
	try(func() { a := []int{1}; i := 5; _ = a[i] })
	try(func() { var x any = 1; _ = x.(string) })
	try(func() { panic(nil) })
	try(func() { ch := make(chan int); close(ch); close(ch) })
	try(func() { x := 0; _ = 1 / x })
}
