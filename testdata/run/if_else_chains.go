// Tests if/else-if/else chains, init statements in if, and scoping of if-declared variables.
package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		if n > 100 {
			return "big even"
		}
		return "even"
	} else {
		return "odd"
	}
}

func grade(score int) (g string) {
	if s := score / 10; s >= 9 {
		g = "A"
	} else if s >= 8 {
		g = "B"
	} else if s >= 7 {
		g = "C"
	} else {
		g = fmt.Sprintf("F(%d)", s)
	}
	return
}

func lookup(m map[string]int, k string) string {
	if v, ok := m[k]; ok && v > 1 {
		return fmt.Sprintf("%s=%d (big)", k, v)
	} else if ok {
		return fmt.Sprintf("%s=%d", k, v)
	} else {
		return k + " missing, v=" + fmt.Sprint(v)
	}
}

func main() {
	for _, n := range []int{-5, 0, 4, 7, 200, 101} {
		fmt.Println(n, classify(n))
	}
	for _, s := range []int{95, 85, 72, 40, 100, 3} {
		fmt.Printf("%d -> %s\n", s, grade(s))
	}
	m := map[string]int{"a": 1, "b": 2}
	fmt.Println(lookup(m, "a"))
	fmt.Println(lookup(m, "b"))
	fmt.Println(lookup(m, "c"))

	x := 10
	if x := 5; x > 3 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)

	// Short-circuit evaluation.
	calls := 0
	f := func(b bool) bool { calls++; return b }
	if f(false) && f(true) {
		fmt.Println("unreachable")
	}
	if f(true) || f(false) {
		fmt.Println("or short-circuited")
	}
	fmt.Println("calls", calls)
}
