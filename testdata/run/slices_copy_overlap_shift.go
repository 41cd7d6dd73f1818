// Tests copy with overlapping source and destination to shift elements, insert and delete in place.
package main

import "fmt"

func insertAt(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func deleteAt(s []int, i int) []int {
	copy(s[i:], s[i+1:])
	return s[:len(s)-1]
}

func main() {
	s := []int{1, 2, 3, 4, 5, 6}
	n := copy(s[2:], s)
	fmt.Println(n, s)
	s = []int{1, 2, 3, 4, 5, 6}
	n = copy(s, s[2:])
	fmt.Println(n, s)

	t := []int{10, 20, 30}
	t = insertAt(t, 1, 15)
	t = insertAt(t, 0, 5)
	t = insertAt(t, len(t), 35)
	fmt.Println(t)
	t = deleteAt(t, 2)
	t = deleteAt(t, 0)
	fmt.Println(t, len(t))

	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b))
	fmt.Println(copy(b, ""), copy([]byte{}, "xyz"))

	rot := []string{"a", "b", "c", "d"}
	first := rot[0]
	copy(rot, rot[1:])
	rot[len(rot)-1] = first
	fmt.Println(rot)
}
