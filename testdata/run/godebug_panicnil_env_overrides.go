//go:debug panicnil=1

// Tests that GODEBUG in the environment overrides a //go:debug directive: panicnil=0 restores *runtime.PanicNilError.
package main

import "fmt"

func main() {
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %v %T\n", r, r)
		}()
		panic(nil)
	}()
	fmt.Println("after the recovered panic")
	defer fmt.Println("deferred call runs")
	panic(nil)
}
