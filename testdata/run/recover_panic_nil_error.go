// Tests recovering panic(nil): recover returns a *runtime.PanicNilError, which is a runtime.Error.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func catch(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return "no panic"
}

func main() {
	r := catch(func() { panic(nil) })
	fmt.Println("r == nil:", r == nil)
	fmt.Printf("%T\n", r)
	err, ok := r.(error)
	fmt.Println("is error:", ok, "msg:", err.Error())
	_, isRT := r.(runtime.Error)
	fmt.Println("is runtime.Error:", isRT)
	var pne *runtime.PanicNilError
	fmt.Println("errors.As:", errors.As(err, &pne), pne == r)

	var nilErr error
	r2 := catch(func() { panic(nilErr) })
	fmt.Printf("nil error interface: %T\n", r2)

	var p *int
	r3 := catch(func() { panic(p) })
	fmt.Printf("typed nil pointer: %T %v %v\n", r3, r3 == nil, r3)

	r4 := catch(func() {})
	fmt.Println(r4)
}
