// Golden generator for gorun's grow_slice_cap: the capacities real Go gives slices that grow
// by append, one element at a time and in bulk, for element types with and without pointers.
//
// Regenerate (from the repository root, with Go 1.27 on PATH):
//
//	GOTOOLCHAIN=local go run crates/runtime/tests/data/growslice.go > crates/runtime/tests/data/growslice.txt
//
// Every output line records one call of the runtime's growslice:
//
//	grow <elem size> <noscan|scan> <old len> <old cap> <new len> <new cap>
//
// Every slice is stored in a package variable after each append so that it escapes: a slice
// that stays on the stack gets a 32-byte stack buffer from the compiler first, and those
// capacities are the compiler's business, not the allocator's.
package main

import (
	"fmt"
	"unsafe"
)

var sink any

// Pointer-free element types, one per size.
type (
	b1    [1]byte
	b2    [2]byte
	b3    [3]byte
	b4    [4]byte
	b5    [5]byte
	b8    [8]byte
	b12   [12]byte
	b16   [16]byte
	b24   [24]byte
	b32   [32]byte
	b40   [40]byte
	b48   [48]byte
	b64   [64]byte
	b100  [100]byte
	b256  [256]byte
	b1000 [1000]byte
	b4096 [4096]byte
	b40k  [40000]byte
)

// Element types holding a pointer, one per size (a pointer forces 8-byte size multiples).
type (
	p8  struct{ p *int }
	p16 struct {
		p *int
		b [8]byte
	}
	p24 struct {
		p *int
		b [16]byte
	}
	p32 struct {
		p *int
		b [24]byte
	}
	p40 struct {
		p *int
		b [32]byte
	}
	p48 struct {
		p *int
		b [40]byte
	}
	p64 struct {
		p *int
		b [56]byte
	}
	p104 struct {
		p *int
		b [96]byte
	}
	p256 struct {
		p *int
		b [248]byte
	}
	p1000 struct {
		p *int
		b [992]byte
	}
	p4096 struct {
		p *int
		b [4088]byte
	}
	p40k struct {
		p *int
		b [39992]byte
	}
)

// oneByOne appends single elements until the slice holds about limitBytes, printing every
// reallocation.
func oneByOne[T any](scan string, limitBytes int) {
	var zero T
	size := int(unsafe.Sizeof(zero))
	limit := 4096
	if size == 0 {
		limit = 20 // every append of a zero-size element "grows": cap becomes len
	} else if limitBytes/size > limit {
		limit = limitBytes / size
	}
	var s []T
	for len(s) < limit {
		oldLen, oldCap := len(s), cap(s)
		s = append(s, zero)
		sink = s
		if cap(s) != oldCap {
			fmt.Println("grow", size, scan, oldLen, oldCap, len(s), cap(s))
		}
	}
}

// bulk appends k elements at once to slices of several starting shapes.
func bulk[T any](scan string) {
	var zero T
	size := int(unsafe.Sizeof(zero))
	for _, n := range []int{0, 1, 5, 17, 255, 256, 300, 1000, 5000} {
		for _, k := range []int{1, 3, 7, 33, 257, 1000, 20000} {
			if (n+k)*size > 64<<20 {
				continue
			}
			// From make: cap equals len exactly.
			s := make([]T, n)
			sink = s
			add := make([]T, k)
			oldLen, oldCap := len(s), cap(s)
			s = append(s, add...)
			sink = s
			if cap(s) != oldCap {
				fmt.Println("grow", size, scan, oldLen, oldCap, len(s), cap(s))
			}
			// From a slice grown by append: cap already rounded to a size class.
			var t []T
			for len(t) < n {
				t = append(t, zero)
				sink = t
			}
			oldLen, oldCap = len(t), cap(t)
			t = append(t, add...)
			sink = t
			if cap(t) != oldCap {
				fmt.Println("grow", size, scan, oldLen, oldCap, len(t), cap(t))
			}
		}
	}
}

func both[T any](scan string) {
	oneByOne[T](scan, 4<<20)
	bulk[T](scan)
}

func main() {
	both[struct{}]("noscan")
	both[b1]("noscan")
	both[b2]("noscan")
	both[b3]("noscan")
	both[b4]("noscan")
	both[b5]("noscan")
	both[b8]("noscan")
	both[b12]("noscan")
	both[b16]("noscan")
	both[b24]("noscan")
	both[b32]("noscan")
	both[b40]("noscan")
	both[b48]("noscan")
	both[b64]("noscan")
	both[b100]("noscan")
	both[b256]("noscan")
	both[b1000]("noscan")
	both[b4096]("noscan")
	both[b40k]("noscan")
	both[p8]("scan")
	both[p16]("scan")
	both[p24]("scan")
	both[p32]("scan")
	both[p40]("scan")
	both[p48]("scan")
	both[p64]("scan")
	both[p104]("scan")
	both[p256]("scan")
	both[p1000]("scan")
	both[p4096]("scan")
	both[p40k]("scan")
}
