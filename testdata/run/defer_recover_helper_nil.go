// Tests that recover only works when called directly by a deferred function; via a helper it returns nil.
package main

import "fmt"

func helperRecover() any {
	return recover()
}

func indirect() (out string) {
	defer func() {
		r := helperRecover()
		fmt.Println("helper saw:", r)
		if r2 := recover(); r2 != nil {
			out = fmt.Sprint("direct saw: ", r2)
		}
	}()
	panic("boom")
}

func deferredHelper() (out string) {
	defer func() {
		out = fmt.Sprint("outer recovered: ", recover())
	}()
	func() {
		defer helperDirect()
		panic("inner")
	}()
	return "after inner"
}

func helperDirect() {
	fmt.Println("helperDirect recovers:", recover())
}

func main() {
	fmt.Println(indirect())
	fmt.Println(deferredHelper())
}
