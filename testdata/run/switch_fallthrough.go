// Tests expression switches: multiple values per case, fallthrough, default placement, init statements.
package main

import "fmt"

func describe(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "at most one")
		fallthrough
	case 2, 3:
		out = append(out, "small")
	case 4, 5, 6:
		out = append(out, "medium")
		if n == 5 {
			break
		}
		out = append(out, "not five")
	default:
		out = append(out, "large")
		fallthrough
	case 100:
		out = append(out, "hundred-ish")
	}
	return out
}

func weekday(d int) string {
	switch d % 7 {
	case 0, 6:
		return "weekend"
	default:
		return "weekday"
	}
}

func main() {
	for _, n := range []int{0, 1, 2, 4, 5, 9, 100} {
		fmt.Println(n, describe(n))
	}
	for d := range 8 {
		fmt.Print(weekday(d), " ")
	}
	fmt.Println()

	// Switch with init and no tag.
	switch x := 42; {
	case x > 100:
		fmt.Println("huge")
	case x > 10:
		fmt.Println("x > 10")
	default:
		fmt.Println("small")
	}

	// Switch on strings.
	for _, cmd := range []string{"start", "stop", "pause", ""} {
		switch cmd {
		case "start", "resume":
			fmt.Println("running")
		case "stop":
			fmt.Println("stopped")
		case "":
			fmt.Println("empty command")
		default:
			fmt.Printf("unknown %q\n", cmd)
		}
	}

	// Cases are evaluated in order, left to right; only until a match.
	calls := []int{}
	f := func(v int) int { calls = append(calls, v); return v }
	switch 3 {
	case f(1), f(2):
		fmt.Println("no")
	case f(3), f(4):
		fmt.Println("matched 3")
	case f(5):
		fmt.Println("no")
	}
	fmt.Println("evaluated", calls)

	// Empty switch.
	switch {
	}
	// Switch on a bool expression.
	switch 1 < 2 {
	case true:
		fmt.Println("true branch")
	case false:
		fmt.Println("false branch")
	}
}
