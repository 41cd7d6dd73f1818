// Tests an uncaught panic comparing two interface values whose dynamic type is a slice.
package main

import "fmt"

func same(a, b any) bool { return a == b }

func main() {
	fmt.Println(same(1, 1), same("x", "y"), same(1, "1"))
	fmt.Println(same([]int{1}, 2))
	fmt.Println(same([]int{1}, []int{1}))
}
