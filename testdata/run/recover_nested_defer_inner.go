// Tests recover called from a function deferred inside a deferred function, and from nested non-deferred calls.
package main

import "fmt"

var notes []string

func helper() any { return recover() }

func viaNestedDefer() {
	defer func() {
		defer func() {
			notes = append(notes, fmt.Sprint("nested deferred recover: ", recover()))
		}()
		notes = append(notes, "outer deferred func runs")
	}()
	panic("p1")
}

func viaHelperThenDirect() (msg string) {
	defer func() {
		h := helper()
		r := recover()
		msg = fmt.Sprint("helper: ", h, ", direct: ", r)
	}()
	panic("p2")
}

func viaClosureCall() (msg string) {
	defer func() {
		f := func() any { return recover() }
		got := f()
		msg = fmt.Sprint("closure called by deferred func: ", got, "; direct: ", recover())
	}()
	panic("p3")
}

func outer(f func()) (caught any) {
	defer func() { caught = recover() }()
	f()
	return "returned normally"
}

func main() {
	fmt.Println("outer caught:", outer(viaNestedDefer))
	for _, n := range notes {
		fmt.Println("  ", n)
	}
	fmt.Println(viaHelperThenDirect())
	fmt.Println(viaClosureCall())
	fmt.Println("recover at top level:", recover())
	fmt.Println("outer caught:", outer(func() { fmt.Println("no panic here") }))
}
