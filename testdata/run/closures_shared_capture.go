// Tests closures sharing captured variables, capturing in goroutines synchronized by channels, and defer with closures.
package main

import "fmt"

type Bank struct {
	deposit  func(int)
	withdraw func(int) bool
	balance  func() int
}

func newBank() Bank {
	bal := 0
	history := []int{}
	return Bank{
		deposit: func(n int) { bal += n; history = append(history, n) },
		withdraw: func(n int) bool {
			if n > bal {
				return false
			}
			bal -= n
			history = append(history, -n)
			return true
		},
		balance: func() int {
			fmt.Println("  history:", history)
			return bal
		},
	}
}

func main() {
	b := newBank()
	b.deposit(100)
	fmt.Println(b.withdraw(30), b.withdraw(100))
	b.deposit(5)
	fmt.Println("balance", b.balance())

	// Two closures over the same variable.
	x := 1
	get := func() int { return x }
	set := func(v int) { x = v }
	set(42)
	fmt.Println(get(), x)
	x = 7
	fmt.Println(get())

	// Goroutines each capture their own loop variable; results via channel, summed.
	results := make(chan int)
	for i := 1; i <= 10; i++ {
		go func() { results <- i * i }()
	}
	sum := 0
	for range 10 {
		sum += <-results
	}
	fmt.Println("sum of squares", sum)

	// Deferred closure sees final value; deferred call args evaluated immediately.
	func() {
		v := 1
		defer fmt.Println("deferred arg:", v)
		defer func() { fmt.Println("deferred closure:", v) }()
		v = 2
	}()

	// Closures stored in a map.
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	for _, name := range []string{"add", "mul", "sub"} {
		fmt.Println(name, ops[name](7, 3))
	}
	if f, ok := ops["div"]; !ok {
		fmt.Println("div missing, nil func:", f == nil)
	}

	// Closure capturing a struct vs pointer.
	type cfg struct{ n int }
	c := cfg{1}
	byVal := func(c cfg) func() int { return func() int { return c.n } }(c)
	byRef := func() int { return c.n }
	c.n = 99
	fmt.Println(byVal(), byRef())
}
