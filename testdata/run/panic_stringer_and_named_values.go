// Tests an uncaught panic whose value is a named integer type (printed as main.Code(value)) after a recovered one.
package main

import "fmt"

type Code int

type Status string

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		panic(Status("degraded"))
	}()
	defer fmt.Println("deferred before crash")
	panic(Code(503))
}
