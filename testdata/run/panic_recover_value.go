// Tests recover returning the panic value of various types, recover outside panics, and continuing after recovery.
package main

import (
	"errors"
	"fmt"
)

type Code int

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: recovered %T %v\n", name, r, r)
	}()
	f()
	fmt.Println(name, "completed normally")
}

func helper() any {
	return recover() // not called directly by a deferred function: returns nil
}

func main() {
	try("string", func() { panic("boom") })
	try("int", func() { panic(42) })
	try("code", func() { panic(Code(7)) })
	try("error", func() { panic(errors.New("an error")) })
	try("struct", func() { panic(struct{ A, B int }{1, 2}) })
	try("slice", func() { panic([]string{"x", "y"}) })
	try("normal", func() {})
	try("fmt.Errorf", func() { panic(fmt.Errorf("wrapped: %w", errors.New("base"))) })

	// recover outside panic returns nil.
	fmt.Println("recover outside:", recover())

	// recover in nested helper does not stop the panic.
	func() {
		defer func() {
			fmt.Println("outer recover:", recover())
		}()
		func() {
			defer func() {
				fmt.Println("helper recover:", helper())
			}()
			panic("deep")
		}()
	}()

	// Panic unwinds through several frames, running defers in order.
	var log []string
	func() {
		defer func() {
			recover()
			log = append(log, "recovered")
		}()
		a(&log)
	}()
	fmt.Println(log)

	// After recovery, a function returns normally with zero/named values.
	fmt.Println(parse("12"), parse("x"))
}

func a(log *[]string) {
	defer func() { *log = append(*log, "a deferred") }()
	b(log)
	*log = append(*log, "a after b (unreachable)")
}

func b(log *[]string) {
	defer func() { *log = append(*log, "b deferred") }()
	panic("from b")
}

func parse(s string) (n int) {
	defer func() {
		if recover() != nil {
			n = -1
		}
	}()
	for _, c := range s {
		if c < '0' || c > '9' {
			panic("bad digit")
		}
		n = n*10 + int(c-'0')
	}
	return n
}
