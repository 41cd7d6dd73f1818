// Tests panicking with an error interface holding a typed nil pointer whose Error method handles nil.
package main

import "fmt"

type OpError struct{ Op string }

func (e *OpError) Error() string {
	if e == nil {
		return "<nil OpError>"
	}
	return "op failed: " + e.Op
}

func run(fail bool) error {
	var e *OpError
	if fail {
		e = &OpError{"write"}
	}
	return e
}

func main() {
	err := run(false)
	fmt.Println(err == nil, err)
	if err != nil {
		panic(err)
	}
}
