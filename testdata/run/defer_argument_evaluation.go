// Tests that deferred call arguments and receivers are evaluated at the defer statement, while closures see later values.
package main

import "fmt"

type Counter struct{ N int }

func (c Counter) Show(tag string)   { fmt.Println(tag, "value receiver:", c.N) }
func (c *Counter) ShowP(tag string) { fmt.Println(tag, "pointer receiver:", c.N) }

func trace(msg string) string {
	fmt.Println("evaluating", msg)
	return msg
}

func main() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	defer func(v int) { fmt.Println("param v =", v) }(x * 10)
	c := Counter{N: 5}
	defer c.Show("c")
	defer c.ShowP("c")
	defer fmt.Println(trace("arg of deferred Println"))
	x = 2
	c.N = 99
	fmt.Println("end of main, x =", x)
}
