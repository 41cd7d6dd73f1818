// Tests sort's natives (the reflection behind sort.Slice) and the package's sorting and
// searching functions.
package main

import (
	"fmt"
	"sort"
)

type point struct {
	x, y int
	name string
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	ints := []int{9, -3, 7, 0, 7, 2, -8, 5}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 5), sort.SearchInts(ints, 6))

	strs := []string{"pear", "apple", "fig", "banana", "kiwi", "Apple"}
	sort.Strings(strs)
	fmt.Println(strs, sort.StringsAreSorted(strs), sort.SearchStrings(strs, "fig"))

	fl := []float64{3.5, -1, 2.25, 0, -7.5}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))

	pts := []point{{3, 1, "c"}, {1, 2, "a"}, {2, 2, "b"}, {1, 1, "d"}, {3, 0, "e"}, {2, 1, "f"}}
	sort.Slice(pts, func(i, j int) bool {
		if pts[i].x != pts[j].x {
			return pts[i].x < pts[j].x
		}
		return pts[i].y < pts[j].y
	})
	fmt.Println(pts)
	sort.SliceStable(pts, func(i, j int) bool { return pts[i].y < pts[j].y })
	fmt.Println(pts, sort.SliceIsSorted(pts, func(i, j int) bool { return pts[i].y < pts[j].y }))

	big := make([]int, 200)
	for i := range big {
		big[i] = (i * 7919) % 211
	}
	sort.Slice(big, func(i, j int) bool { return big[i] > big[j] })
	fmt.Println(big[:10], big[190:], sort.SliceIsSorted(big, func(i, j int) bool { return big[i] > big[j] }))

	words := []string{"ccc", "a", "bb", "dddd", "ee", "f"}
	sort.Stable(byLen(words))
	fmt.Println(words, sort.IsSorted(byLen(words)))
	sort.Sort(byLen(words))
	fmt.Println(len(words[0]), len(words[5]))

	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
	var empty []int
	sort.Slice(empty, func(i, j int) bool { return false })
	one := []string{"x"}
	sort.Slice(one, func(i, j int) bool { return false })
	fmt.Println(len(empty), one)

	bytes := []byte("sorting")
	sort.Slice(bytes, func(i, j int) bool { return bytes[i] < bytes[j] })
	fmt.Println(string(bytes))
}
