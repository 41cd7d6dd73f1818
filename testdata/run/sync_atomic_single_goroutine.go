// Tests sync/atomic: the functions on 32- and 64-bit words, the typed wrappers, atomic.Value, and a nil address.
package main

import (
	"fmt"
	"sync/atomic"
)

type stats struct {
	hits  atomic.Int64
	flags atomic.Uint32
	on    atomic.Bool
}

func main() {
	var n int32 = -5
	fmt.Println(atomic.AddInt32(&n, -3), n, atomic.CompareAndSwapInt32(&n, -8, 7), n)
	var u uint32
	fmt.Println(atomic.AddUint32(&u, ^uint32(0)), atomic.LoadUint32(&u))
	var big int64 = 1 << 40
	atomic.StoreInt64(&big, atomic.LoadInt64(&big)*2)
	fmt.Println(big, atomic.SwapInt64(&big, 3), big, atomic.CompareAndSwapInt64(&big, 4, 5))
	var p uintptr = 10
	fmt.Println(atomic.AddUintptr(&p, 5), atomic.OrUint32(&u, 1), atomic.AndInt32(&n, 3), n)
	var s stats
	for i := 0; i < 10; i++ {
		s.hits.Add(int64(i))
	}
	s.flags.Store(0xF0)
	s.on.Store(true)
	fmt.Println(s.hits.Load(), s.flags.CompareAndSwap(0xF0, 1), s.flags.Load(), s.on.Load())
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store("hello")
	fmt.Println(v.Load(), v.Swap("world"), v.Load())
	defer func() { fmt.Println("recovered:", recover()) }()
	var nilp *int64
	atomic.AddInt64(nilp, 1)
}
