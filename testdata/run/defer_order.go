// Tests defer execution order (LIFO), argument evaluation time, defers in loops, and defers on method values.
package main

import "fmt"

type logger struct{ prefix string }

func (l logger) log(s string) { fmt.Println(l.prefix + s) }

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("exit", name) }
}

func nested() {
	defer trace("nested")()
	fmt.Println("in nested body")
}

func loopDefers() {
	for i := range 4 {
		defer fmt.Println("loop defer", i)
	}
	fmt.Println("loop body done")
}

func argsEvaluated() {
	x := 1
	defer fmt.Println("x at defer time:", x)
	x = 2
	defer func(v int) { fmt.Println("param:", v, "captured:", x) }(x)
	x = 3
}

func methodDefer() {
	l := logger{"[a] "}
	defer l.log("deferred method value") // receiver copied now
	l.prefix = "[b] "
	l.log("direct")
}

func earlyReturn(n int) string {
	defer fmt.Println("  cleanup for", n)
	if n < 0 {
		return "negative"
	}
	defer fmt.Println("  second cleanup for", n)
	return "non-negative"
}

func main() {
	defer fmt.Println("main deferred 1")
	defer fmt.Println("main deferred 2")
	nested()
	loopDefers()
	argsEvaluated()
	methodDefer()
	fmt.Println(earlyReturn(-1))
	fmt.Println(earlyReturn(1))

	// Defer inside a closure runs when the closure returns.
	func() {
		defer fmt.Println("closure deferred")
		fmt.Println("closure body")
	}()

	// Deferred nil-safe call order with a stack.
	stack := []string{}
	func() {
		for _, s := range []string{"a", "b", "c"} {
			defer func() { stack = append(stack, s) }()
		}
	}()
	fmt.Println(stack)
	fmt.Println("main body end")
}
