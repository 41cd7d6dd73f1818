// Tests that a fully recovered panic leaves no trace: a later uncaught panic prints without "[recovered]".
package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	for _, b := range []int{2, 0, 3} {
		q, err := safeDiv(7, b)
		fmt.Println(q, err)
	}
	func() {
		defer func() { fmt.Println("inner recover:", recover()) }()
		panic("first")
	}()
	fmt.Println("after inner")
	panic(errors.New("second, uncaught"))
}
