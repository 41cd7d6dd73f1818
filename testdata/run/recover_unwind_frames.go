// Tests panic unwinding through several frames: each frame's defers run LIFO, code after calls is skipped.
package main

import "fmt"

var trace []string

func note(s string) { trace = append(trace, s) }

func level3(n int) int {
	defer note("level3 defer")
	if n > 2 {
		panic(fmt.Sprintf("too deep: %d", n))
	}
	return n * 10
}

func level2(n int) (out int) {
	defer func() { note(fmt.Sprint("level2 defer sees out=", out)) }()
	out = 7
	out = level3(n + 1)
	note("level2 after call")
	return out + 1
}

func level1(n int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			note("level1 recovered")
			err = fmt.Errorf("level1: %v", r)
			res = -1
		}
	}()
	defer note("level1 plain defer")
	res = 100
	res += level2(n)
	note("level1 after call")
	return res, nil
}

func main() {
	for _, n := range []int{1, 2} {
		trace = nil
		res, err := level1(n)
		fmt.Println("n =", n, "res =", res, "err =", err)
		for _, t := range trace {
			fmt.Println("  ", t)
		}
	}
}
