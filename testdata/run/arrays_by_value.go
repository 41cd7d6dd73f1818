// Tests arrays as values: copying on assignment and function calls, [...] literals, indexed literals, comparison.
package main

import "fmt"

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doubleInPlace(a *[4]int) {
	for i := range a {
		a[i] *= 2
	}
}

type Grid [3][3]byte

func (g Grid) String() string {
	s := ""
	for _, row := range g {
		s += string(row[:]) + "\n"
	}
	return s
}

func (g *Grid) Set(r, c int, v byte) { g[r][c] = v }

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 100
	fmt.Println(a, b)

	d := double(a)
	fmt.Println(a, d)
	doubleInPlace(&a)
	fmt.Println(a)

	auto := [...]string{"x", "y", "z"}
	fmt.Println(len(auto), auto)
	sparse := [...]int{2: 10, 5: 50, 1}
	fmt.Println(len(sparse), sparse)

	var g Grid
	for r := range g {
		for c := range g[r] {
			g[r][c] = '.'
		}
	}
	g.Set(1, 1, 'X')
	g2 := g
	g2.Set(0, 0, 'O')
	fmt.Print(g, g2)

	// Arrays in structs are copied too.
	type holder struct{ vals [2]int }
	h1 := holder{[2]int{1, 2}}
	h2 := h1
	h2.vals[0] = 9
	fmt.Println(h1, h2, h1 == h2)

	// Slicing an array shares storage.
	s := a[1:3]
	s[0] = -1
	fmt.Println(a, s, len(s), cap(s))

	// Arrays of arrays and len/cap.
	var m [2][5]int
	fmt.Println(len(m), len(m[0]), cap(m[1]))

	// Array as map value must be reassigned.
	mv := map[string][2]int{"k": {1, 2}}
	t := mv["k"]
	t[1] = 20
	mv["k"] = t
	fmt.Println(mv)

	// Range over array copy vs. index.
	nums := [3]int{1, 2, 3}
	for i, v := range nums {
		nums[(i+1)%3] += v
	}
	fmt.Println(nums)

	// Zero-length array.
	var z [0]int
	fmt.Println(len(z), z)
}
