// Tests switch with init statements, tagless switches evaluating cases in order, and break inside a switch in a loop.
package main

import (
	"fmt"
	"strings"
)

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func trace(tag string, v bool) bool {
	fmt.Print(tag, " ")
	return v
}

func main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()

	switch s := strings.TrimSpace("  Hello "); {
	case len(s) > 10:
		fmt.Println("long", s)
	case strings.HasPrefix(s, "H"):
		fmt.Println("starts with H:", s)
	}

	switch x := 5; x * 2 {
	case 5:
		fmt.Println("five")
	case 10:
		fmt.Println("ten from", x)
	}

	switch {
	case trace("a", false), trace("b", true), trace("c", true):
		fmt.Println("-> matched")
	}

	for i := 0; i < 5; i++ {
		switch {
		case i == 1:
			continue
		case i == 3:
			break
		default:
			fmt.Println("i =", i)
		}
	}
	switch {
	}
	fmt.Println("done")
}
