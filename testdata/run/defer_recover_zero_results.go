// Tests that after recovering, unnamed results are zero values while named results keep assigned values.
package main

import "fmt"

type Pair struct {
	A string
	B int
}

func unnamed() (int, string, Pair, []int) {
	defer func() { recover() }()
	panic("x")
}

func named() (n int, s string) {
	defer func() { recover() }()
	n, s = 7, "set before panic"
	panic("y")
}

func partial(xs []int) (sum int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("stopped:", r)
		}
	}()
	for i := 0; ; i++ {
		sum += xs[i]
	}
}

func main() {
	a, b, c, d := unnamed()
	fmt.Printf("%d %q %+v %v %t\n", a, b, c, d, d == nil)
	fmt.Println(named())
	fmt.Println(partial([]int{1, 2, 3, 4}))
}
