// Tests recovering arithmetic, index and slice-bounds run-time panics and checking they implement runtime.Error.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		_, isErr := r.(error)
		fmt.Printf("%-12s %v | runtime.Error=%t error=%t\n", name, r, isRT, isErr)
	}()
	f()
}

func main() {
	zero := 0
	s := []int{1, 2, 3}
	arr := [4]int{}
	str := "abc"
	i, j := 5, 1
	try("div", func() { _ = 10 / zero })
	try("mod", func() { _ = 10 % zero })
	try("index", func() { _ = s[i] })
	try("array", func() { arr[i-1+j] = 1 })
	try("string", func() { _ = str[i] })
	try("neg", func() { _ = s[j-2] })
	try("high", func() { _ = s[:i] })
	try("low", func() { _ = s[i:] })
	try("inverted", func() { _ = s[2:j] })
	try("3idx max", func() { _ = s[0:1:i] })
	try("3idx hi", func() { _ = s[0:3:j+1] })
	try("3idx lo", func() { _ = s[3:j:3] })
	try("strslice", func() { _ = str[j+2 : j] })
	try("str high", func() { _ = str[:i] })
	try("ok", func() {})
}
