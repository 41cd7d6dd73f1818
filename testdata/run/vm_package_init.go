// Package-level variables are initialized in dependency order, then init functions run
// in source order, then main.
package main

var a = b + c
var b = f("b", 1)
var c = f("c", 2)
var d int
var name = "gorun"

func f(label string, v int) int {
	println("init", label, v)
	return v * 10
}

func init() {
	println("first init", a, b, c, d)
	d = 4
}

func init() {
	println("second init", d)
}

func main() {
	println("main", a, d, name)
}
