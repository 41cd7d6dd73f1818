// Tests an uncaught slice-bounds panic for s[lo:] where lo exceeds the slice length.
package main

import "fmt"

func tail(s []int, from int) []int {
	return s[from:]
}

func main() {
	s := make([]int, 3, 10)
	for i := range s {
		s[i] = i * i
	}
	fmt.Println(tail(s, 1), tail(s, 3))
	fmt.Println(tail(s, 5))
}
