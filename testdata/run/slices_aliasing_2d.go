// Tests slice aliasing through sub-slices and 2D slices (jagged, shared rows), plus nil vs empty slices.
package main

import "fmt"

func makeGrid(r, c int) [][]int {
	g := make([][]int, r)
	cells := make([]int, r*c)
	for i := range g {
		g[i], cells = cells[:c:c], cells[c:]
	}
	return g
}

func main() {
	g := makeGrid(3, 4)
	for i := range g {
		for j := range g[i] {
			g[i][j] = i*10 + j
		}
	}
	fmt.Println(g)
	g[0] = append(g[0], 99) // cap-limited so row 1 is untouched
	fmt.Println(g[1][0], len(g[0]))

	// Jagged slices (Pascal's triangle).
	var tri [][]int
	for i := range 6 {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = tri[i-1][j-1] + tri[i-1][j]
		}
		tri = append(tri, row)
	}
	for _, row := range tri {
		fmt.Println(row)
	}

	// Shared row aliasing.
	row := []int{1, 2, 3}
	shared := [][]int{row, row}
	shared[0][1] = 20
	fmt.Println(shared)

	// Sub-slice aliasing.
	s := []int{1, 2, 3, 4, 5}
	t := s[1:4]
	t[0] = 200
	u := t[1:]
	u[0] = 300
	fmt.Println(s, t, u, cap(t), cap(u))

	// nil vs empty.
	var ns []int
	es := []int{}
	ms := make([]int, 0)
	fmt.Println(ns == nil, es == nil, ms == nil, len(ns), len(es))
	fmt.Printf("%v %v %d %d\n", ns, es, len(ns[0:0]), cap(ns[:]))
	ns = append(ns, 1)
	fmt.Println(ns)

	// Slices of slices modified through range index.
	mat := [][]float64{{1, 2}, {3, 4}}
	for _, r := range mat {
		for j := range r {
			r[j] *= 1.5
		}
	}
	fmt.Println(mat)

	// Transpose.
	m := [][]int{{1, 2, 3}, {4, 5, 6}}
	tr := make([][]int, len(m[0]))
	for i := range tr {
		tr[i] = make([]int, len(m))
		for j := range m {
			tr[i][j] = m[j][i]
		}
	}
	fmt.Println(tr)
}
