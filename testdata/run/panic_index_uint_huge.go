// Tests an uncaught index-out-of-range panic whose index is a huge unsigned value (printed unsigned, not negative).
package main

import "fmt"

func pick(s []string, i uint64) string {
	return s[i]
}

func main() {
	s := []string{"a", "b", "c"}
	arr := [4]int{10, 20, 30, 40}

	// Indexes of every unsigned type work while in range.
	var u8 uint8 = 1
	var u16 uint16 = 2
	var u32 uint32 = 3
	var up uintptr = 0
	fmt.Println(arr[u8], arr[u16], arr[u32], arr[up], s[u8], "abc"[u16])

	var i uint64
	fmt.Println(pick(s, i), pick(s, i+2))
	i--
	fmt.Println("i =", i, "int64(i) =", int64(i), "int(i) =", int(i))
	defer fmt.Println("deferred in main")
	fmt.Println(pick(s, i))
}
