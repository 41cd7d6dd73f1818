// Tests recovering a panic value, wrapping it in an error and re-panicking; an outer frame recovers and unwraps it.
package main

import (
	"errors"
	"fmt"
)

var ErrBadInput = errors.New("bad input")

type StageError struct {
	Stage string
	Err   error
}

func (e *StageError) Error() string { return e.Stage + ": " + e.Err.Error() }
func (e *StageError) Unwrap() error { return e.Err }

func stage(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			err, ok := r.(error)
			if !ok {
				err = fmt.Errorf("%v", r)
			}
			panic(&StageError{name, err})
		}
	}()
	f()
}

func pipeline(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	stage("load", func() {})
	stage("parse", f)
	return nil
}

func main() {
	errs := []error{
		pipeline(func() {}),
		pipeline(func() { panic(ErrBadInput) }),
		pipeline(func() { panic("text value") }),
	}
	for _, err := range errs {
		var se *StageError
		fmt.Println(err, errors.Is(err, ErrBadInput), errors.As(err, &se))
	}
}
