// Tests a nil *[N]T: len and index-only range work without a dereference, but ranging with values panics.
package main

import "fmt"

type Grid [4]int

func main() {
	var p *Grid
	fmt.Println(len(p), cap(p), p == nil)
	count := 0
	for i := range p {
		count += i
	}
	fmt.Println("index-only range ok:", count)
	for i := range len(p) {
		fmt.Print(i, " ")
	}
	fmt.Println()
	q := &Grid{5, 6, 7, 8}
	for i, v := range q {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	sum := 0
	for _, v := range p {
		sum += v
	}
	fmt.Println("unreachable", sum)
}
