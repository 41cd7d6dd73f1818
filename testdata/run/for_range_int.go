// Tests Go 1.22 range-over-integer loops, including typed integers and zero/negative counts.
package main

import "fmt"

type Count int8

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()

	total := 0
	for range 10 {
		total++
	}
	fmt.Println("total", total)

	for i := range 0 {
		fmt.Println("never", i)
	}
	n := -3
	for i := range n {
		fmt.Println("never negative", i)
	}

	var c Count = 4
	for i := range c {
		fmt.Printf("%T %v\n", i, i)
	}

	var u uint16 = 3
	for i := range u {
		fmt.Printf("%T %d\n", i, i*1000)
	}

	// The range expression is evaluated once.
	limit := 3
	for i := range limit {
		limit = 10
		fmt.Print(i)
	}
	fmt.Println(" limit now", limit)

	// Triangle numbers via nested range-over-int.
	for i := range 6 {
		s := 0
		for j := range i + 1 {
			s += j
		}
		fmt.Printf("T(%d)=%d\n", i, s)
	}
}
