// Tests copy: return count, overlapping regions, copying from strings, and copy into shorter/longer slices.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)

	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)

	// Overlapping: shift right by one.
	s := []int{1, 2, 3, 4, 5}
	n = copy(s[1:], s)
	fmt.Println(n, s)
	// Shift left by two.
	s = []int{1, 2, 3, 4, 5}
	n = copy(s, s[2:])
	fmt.Println(n, s)

	// copy from string into []byte.
	b := make([]byte, 5)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b))

	// Copy nothing.
	fmt.Println(copy(dst, []int{}), copy([]int(nil), src))

	// Delete element at index 2 using copy.
	s = []int{10, 20, 30, 40, 50}
	i := 2
	s = s[:i+copy(s[i:], s[i+1:])]
	fmt.Println(s, len(s), cap(s))

	// Insert at index 1.
	s = append(s, 0)
	copy(s[2:], s[1:])
	s[1] = 15
	fmt.Println(s)

	// Clone vs alias.
	orig := []string{"a", "b", "c"}
	alias := orig
	clone := make([]string, len(orig))
	copy(clone, orig)
	orig[0] = "Z"
	fmt.Println(alias, clone)

	// Copy between arrays via slicing.
	var a1 [4]int
	a2 := [6]int{9, 8, 7, 6, 5, 4}
	copy(a1[:], a2[2:])
	fmt.Println(a1)

	// Rotate left by k using a temporary.
	r := []int{1, 2, 3, 4, 5, 6, 7}
	k := 3
	tmp := make([]int, k)
	copy(tmp, r[:k])
	copy(r, r[k:])
	copy(r[len(r)-k:], tmp)
	fmt.Println(r)
}
