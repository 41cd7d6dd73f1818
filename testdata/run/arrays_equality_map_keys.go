// Tests array equality and arrays used as map keys: grid coordinates, byte signatures and multi-dimensional arrays.
package main

import (
	"fmt"
	"sort"
)

type Coord [2]int

func signature(s string) [26]byte {
	var sig [26]byte
	for _, r := range s {
		sig[r-'a']++
	}
	return sig
}

func main() {
	a := [3]int{1, 2, 3}
	b := [...]int{1, 2, 3}
	c := [3]int{1, 2}
	fmt.Println(a == b, a == c, a != c)

	visited := map[Coord]bool{}
	path := []Coord{{0, 0}, {0, 1}, {1, 1}, {0, 1}, {0, 0}}
	for _, p := range path {
		if visited[p] {
			fmt.Println("revisit", p)
		}
		visited[p] = true
	}
	fmt.Println(len(visited))

	groups := map[[26]byte][]string{}
	for _, w := range []string{"listen", "silent", "enlist", "google", "tinsel", "gogole"} {
		k := signature(w)
		groups[k] = append(groups[k], w)
	}
	var out []string
	for _, g := range groups {
		out = append(out, fmt.Sprint(g))
	}
	sort.Strings(out)
	fmt.Println(out)

	var m1, m2 [2][2]int
	m1[1][0] = 4
	m2[1][0] = 4
	fmt.Println(m1 == m2, m1)
	m2[0][1] = 1
	fmt.Println(m1 == m2)
}
