// Tests deleting and inserting during map range: deleted entries are not visited; results checked order-independently.
package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]bool{}
	for i := range 100 {
		m[i] = true
	}
	// Delete every element while ranging; each key is visited at most once.
	visited := 0
	for k := range m {
		delete(m, k)
		visited++
	}
	fmt.Println("visited", visited, "remaining", len(m))

	// Delete the partner of each visited key: partners deleted before visit are skipped.
	m2 := map[int]int{}
	for i := range 50 {
		m2[i] = i
	}
	seen := map[int]bool{}
	for k := range m2 {
		seen[k] = true
		delete(m2, 49-k)
	}
	// For each pair (k, 49-k) exactly one is visited, so exactly 25 keys remain... unless k == 49-k (never for 50 keys).
	fmt.Println("seen", len(seen), "remaining", len(m2))
	pairsOK := true
	for k := range 25 {
		if seen[k] == seen[49-k] {
			pairsOK = false
		}
	}
	fmt.Println("exactly one of each pair seen:", pairsOK)

	// Remove odd values while iterating.
	m3 := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}
	for k, v := range m3 {
		if v%2 == 1 {
			delete(m3, k)
		}
	}
	fmt.Println(m3)

	// Updating values during range is fine.
	for k := range m3 {
		m3[k] *= 100
	}
	fmt.Println(m3)

	// Collect, sort, then delete deterministically.
	m4 := map[string]int{"x": 3, "y": 1, "z": 2}
	keys := make([]string, 0)
	for k := range m4 {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return m4[keys[i]] < m4[keys[j]] })
	for _, k := range keys[:2] {
		delete(m4, k)
	}
	fmt.Println(m4, keys)

	// clear during range stops further visits.
	m5 := map[int]int{1: 1, 2: 2, 3: 3, 4: 4}
	count := 0
	for range m5 {
		count++
		clear(m5)
	}
	fmt.Println("visits after clear:", count, len(m5))
}
