// Tests NaN in comparisons: arrays, structs and interfaces holding NaN are unequal to themselves; NaN map keys pile up.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Sample struct {
	Name string
	V    float64
}

func main() {
	nan := math.NaN()
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan)

	a := [2]float64{1, nan}
	b := a
	fmt.Println(a == b, a != b, [2]float64{1, 2} == [2]float64{1, 2})

	s := Sample{"x", nan}
	fmt.Println(s == s, Sample{"y", 1} == Sample{"y", 1})

	var i, j any = nan, nan
	fmt.Println(i == j, i == i, i != j)

	m := map[float64]int{}
	for k := 0; k < 3; k++ {
		m[nan] = k
	}
	m[1.5] = 10
	m[1.5] = 11
	_, found := m[nan]
	fmt.Println(len(m), found)
	total := 0
	nanKeys := 0
	for k, v := range m {
		if k != k {
			nanKeys++
		}
		total += v
	}
	fmt.Println("nan keys:", nanKeys, "sum:", total)
	delete(m, nan)
	fmt.Println("after delete(nan):", len(m))
	clear(m)
	fmt.Println("after clear:", len(m))

	// Zero keys: +0 and -0 are the same key.
	z := map[float64]string{}
	z[0.0] = "pos"
	z[math.Copysign(0, -1)] = "neg"
	fmt.Println(len(z), z[0])

	// Sorting with NaN using sort.Float64s puts NaN first.
	fs := []float64{3, nan, -1, math.Inf(1), 0, nan}
	sort.Float64s(fs)
	fmt.Println(fs)
	fmt.Println(min(1.0, nan), max(nan, 2.0), min(math.Inf(-1), 0))
	nz := math.Copysign(0, -1)
	fmt.Println(math.Signbit(min(0.0, nz)), math.Signbit(max(nz, 0.0)))
}
