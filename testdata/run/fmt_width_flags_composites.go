// Tests width, precision and flags applied element-wise to slices, arrays, maps and struct fields.
package main

import "fmt"

type P struct {
	Name string
	V    float64
	N    int
}

func main() {
	ints := []int{1, -22, 333}
	fmt.Printf("[%5d]\n[%-5d]\n[%05d]\n[%+d]\n[% d]\n", ints, ints, ints, ints, ints)
	fmt.Printf("[%6v] [%-4v] [%x] [%#4x]\n", ints, ints, ints, ints)

	fl := []float64{3.14159, -2, 1e6}
	fmt.Printf("[%.2f] [%8.3f] [%-9.1e] [%g] [%+.0f]\n", fl, fl, fl, fl, fl)

	strs := [2]string{"go", "rust"}
	fmt.Printf("[%6s] [%-6s] [%.2s] [%6.1q]\n", strs, strs, strs, strs)

	p := P{"pi", 3.14159, 7}
	fmt.Printf("[%8v]\n[%-8v]\n[%.2v]\n[%+.3v]\n", p, p, p, p)
	fmt.Printf("[%5.1f]\n", p)

	m := map[string]float64{"b": 0.5, "a": 10.25}
	fmt.Printf("[%6.2f] [%-8v] [%08.3f]\n", m, m, m)

	nested := [][]int{{1, 2}, {30}}
	fmt.Printf("[%3d] [%-3d|]\n", nested, nested)

	ptr := &P{"e", 2.71828, -1}
	fmt.Printf("[%6.2v] [%+v]\n", ptr, ptr)

	bools := []bool{true, false}
	fmt.Printf("[%6v] [%-7t|]\n", bools, bools)

	anys := []any{1, "x", 2.5, nil, []int{4}}
	fmt.Printf("[%4v]\n", anys)
	fmt.Printf("[%*d] [%-*d]\n", 4, []int{1, 2}, 3, []int{5})
	fmt.Printf("%6.2f%%|%3c|%-4c|\n", 99.5, []rune("ab"), 'z')
}
