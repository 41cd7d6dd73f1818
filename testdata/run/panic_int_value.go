// Tests the uncaught panic output for plain int, uint8 and int64 values (only the last one escapes).
package main

import "fmt"

func try(v any) {
	defer func() {
		r := recover()
		fmt.Printf("recovered %v (%T)\n", r, r)
	}()
	panic(v)
}

func main() {
	try(uint8(200))
	try(int64(-9))
	code := 42
	panic(code)
}
