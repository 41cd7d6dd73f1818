// Tests re-panicking from a deferred function, panics replacing earlier panics, and recovering the latest value.
package main

import (
	"errors"
	"fmt"
)

func rethrow() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("rethrow caught:", r)
			panic(fmt.Sprintf("re-panic(%v)", r))
		}
	}()
	panic("original")
}

func replace() {
	defer func() {
		panic("second") // replaces "first" while it is in flight
	}()
	panic("first")
}

func cleanupPanics() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cleanupPanics: %v", r)
		}
	}()
	defer func() {
		panic("cleanup failed")
	}()
	return errors.New("normal return")
}

func main() {
	func() {
		defer func() { fmt.Println("main caught:", recover()) }()
		rethrow()
	}()
	func() {
		defer func() { fmt.Println("main caught:", recover()) }()
		replace()
	}()
	fmt.Println(cleanupPanics())

	// Defers still run in order during a chain of panics.
	func() {
		defer func() { fmt.Println("final recover:", recover()) }()
		defer fmt.Println("deferred print 1")
		defer func() {
			r := recover()
			fmt.Println("middle recover:", r)
			panic(fmt.Sprint(r, " -> again"))
		}()
		defer fmt.Println("deferred print 2")
		panic("start")
	}()

	// Recovering then panicking with the same value.
	func() {
		defer func() { fmt.Println("outer got:", recover()) }()
		func() {
			defer func() {
				r := recover()
				panic(r)
			}()
			panic(errors.New("same error"))
		}()
	}()
	fmt.Println("end")
}
