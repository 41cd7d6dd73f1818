// Tests append capacity growth for element sizes 1, 2, 4, 8, 12, 16, 24, 32 and larger, matching size classes.
package main

import "fmt"

// sink makes the slices escape, so their backing arrays come from the heap allocator
// (not a compiler-chosen stack buffer) and capacities follow growslice and size classes.
var sink any

type s12 struct{ a, b, c int32 }
type s24 struct{ a, b, c int64 }
type s40 struct{ a [5]int64 }

func main() {
	{
		var s []byte
		fmt.Print("byte:")
		prev := -1
		for i := range 5000 {
			s = append(s, byte(i))
			if cap(s) != prev {
				fmt.Print(" ", cap(s))
				prev = cap(s)
			}
		}
		sink = s
		fmt.Println()
	}
	{
		var s []int16
		fmt.Print("int16:")
		prev := -1
		for i := range 3000 {
			s = append(s, int16(i))
			if cap(s) != prev {
				fmt.Print(" ", cap(s))
				prev = cap(s)
			}
		}
		sink = s
		fmt.Println()
	}
	{
		var s []rune
		fmt.Print("int32:")
		prev := -1
		for i := range 3000 {
			s = append(s, rune(i))
			if cap(s) != prev {
				fmt.Print(" ", cap(s))
				prev = cap(s)
			}
		}
		sink = s
		fmt.Println()
	}
	{
		var s []s12
		fmt.Print("s12:")
		prev := -1
		for range 1500 {
			s = append(s, s12{})
			if cap(s) != prev {
				fmt.Print(" ", cap(s))
				prev = cap(s)
			}
		}
		sink = s
		fmt.Println()
	}
	{
		var s []string
		fmt.Print("string:")
		prev := -1
		for range 1500 {
			s = append(s, "x")
			if cap(s) != prev {
				fmt.Print(" ", cap(s))
				prev = cap(s)
			}
		}
		sink = s
		fmt.Println()
	}
	{
		var s []s24
		fmt.Print("s24:")
		prev := -1
		for range 1500 {
			s = append(s, s24{})
			if cap(s) != prev {
				fmt.Print(" ", cap(s))
				prev = cap(s)
			}
		}
		sink = s
		fmt.Println()
	}
	{
		var s [][4]int64
		fmt.Print("s32:")
		prev := -1
		for range 1500 {
			s = append(s, [4]int64{})
			if cap(s) != prev {
				fmt.Print(" ", cap(s))
				prev = cap(s)
			}
		}
		sink = s
		fmt.Println()
	}
	{
		var s []s40
		fmt.Print("s40:")
		prev := -1
		for range 1500 {
			s = append(s, s40{})
			if cap(s) != prev {
				fmt.Print(" ", cap(s))
				prev = cap(s)
			}
		}
		sink = s
		fmt.Println()
	}
	{
		var s []struct{}
		for range 100 {
			s = append(s, struct{}{})
		}
		sink = s
		fmt.Println("struct{}:", len(s), cap(s) >= len(s))
	}
	// Bulk appends for bytes (strings appended to []byte).
	for _, n := range []int{1, 5, 8, 9, 17, 33, 100, 1000} {
		b := append([]byte(nil), make([]byte, n)...)
		b2 := append([]byte("abc"), make([]byte, n)...)
		fmt.Printf("bytes +%d: cap %d, from 3: cap %d\n", n, cap(b), cap(b2))
	}
	str := append([]byte{}, "hello, world"...)
	fmt.Println(len(str), cap(str), string(str))
}
