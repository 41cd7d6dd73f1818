// Tests an uncaught slice-bounds panic in a full slice expression where low exceeds high (s[l:h:m], l > h).
package main

import "fmt"

func window(s []int, lo, hi int) []int {
	return s[lo:hi:hi]
}

func main() {
	data := []int{10, 20, 30, 40, 50, 60}
	fmt.Println(window(data, 1, 3), window(data, 2, 2))
	fmt.Println(window(data, 4, 3))
}
