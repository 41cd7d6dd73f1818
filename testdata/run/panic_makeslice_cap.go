// Tests an uncaught panic from make with a capacity smaller than the length, computed at run time.
package main

import "fmt"

func main() {
	n, c := 2, 4
	s := make([]int, n, c)
	fmt.Println(len(s), cap(s))
	n = 5
	t := make([]int, n, c)
	fmt.Println(len(t), cap(t))
}
