// Tests full slice expressions s[lo:hi:max]: capacity limits, forcing append to reallocate, and reslicing up to cap.
package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	a := base[2:5]
	fmt.Println(a, len(a), cap(a))
	b := base[2:5:6]
	fmt.Println(b, len(b), cap(b))

	// Append within cap writes into base.
	b = append(b, 100)
	fmt.Println(base)
	// Exceeding cap reallocates; base is untouched.
	b = append(b, 200)
	b[0] = -2
	fmt.Println(base, b)

	// Reslicing up to capacity.
	c := base[1:2]
	fmt.Println(c, len(c), cap(c))
	c = c[:cap(c)]
	fmt.Println(len(c), c[len(c)-1])
	d := base[1:2:3]
	d = d[:cap(d)]
	fmt.Println(d)

	// Three-index on arrays.
	arr := [6]string{"a", "b", "c", "d", "e", "f"}
	s := arr[1:3:4]
	fmt.Println(s, len(s), cap(s))
	s = append(s, "X")
	fmt.Println(arr)
	s = append(s, "Y")
	s[0] = "changed"
	fmt.Println(arr, s)

	// Zero-capacity slice via [i:i:i].
	z := base[4:4:4]
	fmt.Println(len(z), cap(z))
	z = append(z, 42)
	fmt.Println(base[4], z)

	// Defensive copy idiom for returned slices.
	inner := []int{1, 2, 3, 4}
	view := inner[:2:2]
	view = append(view, 99)
	fmt.Println(inner, view)

	// Omitted low index.
	e := base[:3:5]
	fmt.Println(e, cap(e))
}
