// Tests array element reads and writes of 1- and 8-byte scalars (int8 sign extension, bytes, bools, floats), op-assignment, swaps, and index panics.
package main

import "fmt"

func main() {
	var small [4]int8
	for i := range small {
		small[i] = int8(100 + 10*i) // wraps past 127
	}
	fmt.Println(small, small[3] < 0)
	var bs [5]byte
	for i := 0; i < len(bs); i++ {
		bs[i] = byte('a' + i)
		bs[i] += 1
	}
	fmt.Println(string(bs[:]))
	var flags [3]bool
	flags[1] = true
	fmt.Println(flags, !flags[0] && flags[1])
	var fs [4]float64
	for i := range fs {
		fs[i] = float64(i) / 2
	}
	fs[2] *= 10
	fmt.Println(fs)
	var us [3]uint64
	us[0]--
	fmt.Println(us[0], us[0] > 1<<63)

	// Swaps and reversal in place.
	a := [6]int{1, 2, 3, 4, 5, 6}
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
	fmt.Println(a)
	i := 0
	i, a[i] = 2, 99 // the index is the old i
	fmt.Println(i, a)

	// The same through a pointer to an array and through a slice.
	pa := &a
	pa[1] += pa[2]
	s := a[:]
	s[5] = s[0] + s[1]
	fmt.Println(a)

	defer func() {
		fmt.Println("recovered:", recover())
		var idx uint = 7
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(bs[idx])
	}()
	k := -1
	fmt.Println(a[k+0])
}
