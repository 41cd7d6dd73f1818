// Tests composite literals: elided element types (including &T), keyed array/slice indexes and map keys of struct type.
package main

import "fmt"

type Pt struct{ X, Y int }

type Seg struct {
	A, B Pt
}

func main() {
	pts := []Pt{{1, 2}, {X: 3}, {}}
	fmt.Println(pts)
	ptrs := []*Pt{{5, 6}, {Y: 7}}
	fmt.Println(*ptrs[0], *ptrs[1], len(ptrs))
	segs := [...]Seg{{Pt{0, 0}, Pt{1, 1}}, {B: Pt{2, 2}}}
	fmt.Println(len(segs), segs)
	grid := [2][3]int{{1, 2, 3}, {4}}
	fmt.Println(grid)
	nested := [][]Pt{{{1, 1}}, {{2, 2}, {3, 3}}, nil}
	fmt.Println(nested, len(nested[2]))

	// Keyed array and slice literals; unkeyed elements follow the previous key.
	days := [...]string{5: "fri", 1: "mon", "tue", 0: "sun"}
	fmt.Println(len(days), days)
	fmt.Printf("%q\n", days)
	sl := []int{3: 30, 1: 10, 20, 7: 70}
	fmt.Println(len(sl), cap(sl), sl)
	const k = 2
	arr := [5]byte{k: 'k', k + 2: 'm'}
	fmt.Println(arr)

	// Map literals with elided struct keys and values.
	m := map[Pt]string{{1, 2}: "a", {0, 0}: "origin"}
	fmt.Println(m[Pt{1, 2}], m[Pt{}], len(m))
	mp := map[string]*Pt{"p": {9, 9}}
	fmt.Println(*mp["p"])
	ms := map[Pt][]Pt{{1, 1}: {{2, 2}, {3, 3}}}
	fmt.Println(ms)
	arrKey := map[[2]int]int{{1, 2}: 3, {2, 1}: 4}
	fmt.Println(arrKey)

	// Anonymous struct slices.
	rows := []struct {
		Name string
		N    int
	}{{"a", 1}, {N: 2}, {Name: "c"}}
	for _, r := range rows {
		fmt.Printf("%+v ", r)
	}
	fmt.Println()

	// Pointer to composite literals are distinct.
	p1, p2 := &Pt{}, &Pt{}
	p1.X = 1
	fmt.Println(*p1, *p2, p1 == p2)
}
