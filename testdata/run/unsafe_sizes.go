// Sizes, alignments and offsets from package unsafe, as gc lays out values on 64-bit targets.
package main

import (
	"fmt"
	"unsafe"
)

type S struct {
	a bool
	b int64
	c [3]int16
	d string
	e struct{}
}

type Pair struct {
	x int8
	y complex128
}

type Embedded struct {
	Pair
	z float32
}

func main() {
	var s S
	fmt.Println(unsafe.Sizeof(s), unsafe.Alignof(s), unsafe.Offsetof(s.c), unsafe.Offsetof(s.d), unsafe.Offsetof(s.e))
	fmt.Println(unsafe.Sizeof(Pair{}), unsafe.Alignof(Pair{}), unsafe.Offsetof(Pair{}.y))
	var e Embedded
	fmt.Println(unsafe.Sizeof(e), unsafe.Offsetof(e.y), unsafe.Offsetof(e.z))
	fmt.Println(unsafe.Sizeof([]int{}), unsafe.Sizeof(map[int]int{}), unsafe.Sizeof(any(nil)), unsafe.Sizeof(""))
	const c = unsafe.Sizeof(int32(0)) * 2
	var arr [c]byte
	fmt.Println(len(arr), unsafe.Sizeof(arr), unsafe.Sizeof(struct{}{}))
	b := []byte("hello")
	str := unsafe.String(unsafe.SliceData(b), 3)
	fmt.Println(str, len(unsafe.Slice(&b[1], 2)))
}
