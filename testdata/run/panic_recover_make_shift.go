// Tests recovering makeslice, negative-shift and custom-value panics, distinguishing runtime.Error from others.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type Code int

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, rt := r.(runtime.Error)
		_, isErr := r.(error)
		fmt.Printf("%-10s %-40v %T rt=%t err=%t\n", name, r, r, rt, isErr)
	}()
	f()
}

func main() {
	n, c, sh := -1, 2, -3
	try("len", func() { _ = make([]int, n) })
	try("cap", func() { _ = make([]int, c+1, c) })
	try("neg cap", func() { _ = make([]int, 0, n) })
	try("shift", func() { _ = 1 << sh })
	try("ushift", func() { _ = uint(8) >> sh })
	try("string", func() { panic("plain") })
	try("errors", func() { panic(errors.New("made")) })
	try("code", func() { panic(Code(7)) })
	try("nil", func() { panic(nil) })
}
