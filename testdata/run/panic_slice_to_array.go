// Tests an uncaught panic converting a slice to an array type when the slice is too short.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	a := [4]int(s)
	fmt.Println(a)
	short := s[:2]
	b := [4]int(short)
	fmt.Println(b)
}
