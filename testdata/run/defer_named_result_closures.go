// Tests deferred closures reading and rewriting named results: doubling, error annotation and recover-to-error.
package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func annotate(fail bool) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("annotate: %w", err)
		}
	}()
	if fail {
		return errors.New("disk")
	}
	return nil
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	return a / b, nil
}

func order() (s string) {
	defer func() { s += " c" }()
	defer func() { s += " b" }()
	return "a"
}

func main() {
	fmt.Println(double())
	fmt.Println(annotate(false), annotate(true))
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(order())
}
