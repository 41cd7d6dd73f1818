// Tests deferred functions modifying named result parameters, including after panics and with bare returns.
package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func counter() (n int) {
	defer func() { n++ }()
	defer func() { n *= 10 }()
	n = 1
	return n + 1 // n = 2, then *10, then +1
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

func wrapErr(fail bool) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapErr: %w", err)
		}
	}()
	if fail {
		return errors.New("inner failure")
	}
	return nil
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }() // no effect on result
	return x
}

func shadow() (s string) {
	s = "outer"
	defer func() { s += "+deferred" }()
	{
		s := "inner" // shadowed, does not affect result
		_ = s
	}
	return
}

type result struct{ vals []int }

func build() (r result) {
	defer func() { r.vals = append(r.vals, 99) }()
	r.vals = []int{1, 2}
	return r
}

func main() {
	fmt.Println(double())
	fmt.Println(counter())
	fmt.Println(safeDiv(10, 3))
	fmt.Println(safeDiv(1, 0))
	err := wrapErr(true)
	fmt.Println(err, errors.Unwrap(err))
	fmt.Println(wrapErr(false))
	fmt.Println(unnamed())
	fmt.Println(shadow())
	fmt.Println(build())
}
