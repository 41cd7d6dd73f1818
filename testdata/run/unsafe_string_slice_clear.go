package main

import (
	"fmt"
	"unsafe"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(interface{ RuntimeError() })
		fmt.Println(name, r, isRT)
	}()
	f()
}

func main() {
	b := []byte("golang")
	s := unsafe.String(&b[2], 4)
	fmt.Println(s, len(s))
	p := unsafe.StringData(s)
	fmt.Println(*p == 'l', *(*byte)(unsafe.Add(unsafe.Pointer(p), 1)))
	xs := []int32{10, 20, 30, 40}
	tail := unsafe.Slice(&xs[1], 3)
	fmt.Println(tail, len(tail), cap(tail), *unsafe.SliceData(tail))
	var nilp *int
	fmt.Println(len(unsafe.Slice(nilp, 0)), unsafe.String(nil, 0) == "")
	n := -1
	try("slice-neg", func() { _ = unsafe.Slice(&xs[0], n) })
	try("slice-nil", func() { _ = unsafe.Slice(nilp, 2) })
	try("string-neg", func() { _ = unsafe.String(&b[0], n) })
	try("string-nil", func() { _ = unsafe.String(nil, 1) })
	words := []uint64{1, 2, 3}
	clear(words[:2])
	fmt.Println(words)
	type pair struct {
		s string
		p *int
	}
	ps := []pair{{"a", new(int)}, {"b", nil}}
	clear(ps)
	fmt.Println(ps[0].s == "", ps[0].p == nil, len(ps))
	var none []string
	clear(none)
	fmt.Println(none == nil)
}
