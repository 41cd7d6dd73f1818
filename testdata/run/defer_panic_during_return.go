// Tests an uncaught panic raised by a deferred call after a normal return: remaining defers still run first.
package main

import "fmt"

type Resource struct {
	Name   string
	closed bool
}

func (r *Resource) Close() {
	if r.closed {
		panic("double close of " + r.Name)
	}
	r.closed = true
	fmt.Println("closed", r.Name)
}

func work(r *Resource) int {
	defer fmt.Println("work: last defer runs after the panic starts")
	defer r.Close()
	defer r.Close()
	fmt.Println("working with", r.Name)
	return 42
}

func main() {
	defer fmt.Println("main: deferred print")
	fmt.Println("result:", work(&Resource{Name: "db"}))
}
