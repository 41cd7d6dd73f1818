// Tests switch case evaluation: cases are tried top to bottom, left to right, stopping at the first match.
package main

import "fmt"

var trace []string

func v(name string, x int) int {
	trace = append(trace, name)
	return x
}

func b(name string, x bool) bool {
	trace = append(trace, name)
	return x
}

func classify(n int) string {
	trace = nil
	var out string
	switch v("tag", n) {
	case v("c1", 1), v("c2", 2):
		out = "one-or-two"
	case v("c3", 3):
		out = "three"
		fallthrough
	case v("c4", 4):
		out += "+four"
	default:
		out = "other"
	case v("c5", 5), v("c6", 6):
		out = "five-or-six"
	}
	return fmt.Sprint(out, " ", trace)
}

func main() {
	for _, n := range []int{2, 3, 4, 6, 9} {
		fmt.Println(n, classify(n))
	}

	trace = nil
	switch {
	case b("x", false):
		fmt.Println("x")
	case b("y", true), b("z", true):
		fmt.Println("y or z")
	case b("w", true):
		fmt.Println("w")
	}
	fmt.Println(trace)

	// switch with init statement and shadowing.
	x := 10
	switch x := x * 2; {
	case x > 15:
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)

	// Empty switch and break inside a loop.
	for i := 0; i < 4; i++ {
		switch {
		case i == 1:
			continue
		case i == 3:
			break
		default:
			fmt.Print("i=", i, " ")
		}
	}
	fmt.Println()

	// Switching on types convertible to the tag.
	type Color string
	c := Color("red")
	switch c {
	case "blue":
		fmt.Println("blue")
	case "red", "green":
		fmt.Println("warm or green:", c)
	}
	var e any = 3
	switch e {
	case "3":
		fmt.Println("string 3")
	case 3.0:
		fmt.Println("float 3")
	case 3:
		fmt.Println("int 3")
	}
}
