// Tests append growth of int slices: cap after each append, appending many at once, and aliasing after growth.
package main

import "fmt"

// sink makes the slices escape, so their backing arrays come from the heap allocator
// (not a compiler-chosen stack buffer) and capacities follow growslice and size classes.
var sink any

func main() {
	var s []int
	prev := -1
	for i := range 2000 {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Printf("len=%d cap=%d\n", len(s), cap(s))
			prev = cap(s)
		}
	}
	sink = s

	// Appending several elements at once from empty.
	for _, n := range []int{1, 2, 3, 5, 7, 9, 13, 17, 100} {
		t := append([]int(nil), make([]int, n)...)
		fmt.Printf("append %d -> cap %d\n", n, cap(t))
	}

	// Appending to a slice with spare capacity shares the backing array.
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(a[3], b[3], len(base), cap(base))

	// Appending beyond capacity copies.
	full := []int{1, 2, 3}
	c := append(full, 4)
	c[0] = 100
	fmt.Println(full, c, cap(full), cap(c))

	// Growth from a non-empty slice appended in bulk.
	x := make([]int, 5)
	x = append(x, make([]int, 7)...)
	fmt.Println(len(x), cap(x))
	y := make([]int, 600)
	y = append(y, 1)
	fmt.Println(len(y), cap(y))

	// append(s, s...) duplicates.
	d := []int{1, 2, 3}
	d = append(d, d...)
	fmt.Println(d, len(d), cap(d))
	// Append to nil with no elements stays nil.
	var e []int
	e = append(e)
	fmt.Println(e == nil, len(e))
}
