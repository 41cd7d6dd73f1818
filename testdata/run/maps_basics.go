// Tests maps: nil map reads, len, insert/update, delete (including missing keys), comma-ok, zero values, map of maps.
package main

import (
	"fmt"
	"sort"
)

func main() {
	var nilMap map[string]int
	fmt.Println(nilMap == nil, len(nilMap), nilMap["missing"])
	v, ok := nilMap["x"]
	fmt.Println(v, ok)
	delete(nilMap, "x") // no-op on nil map
	for range nilMap {
		fmt.Println("never")
	}

	ages := map[string]int{"alice": 31, "bob": 25}
	ages["carol"] = 40
	ages["bob"]++
	fmt.Println(len(ages), ages)

	if age, ok := ages["dave"]; !ok {
		fmt.Println("dave missing, zero =", age)
	}
	if age, ok := ages["alice"]; ok {
		fmt.Println("alice", age)
	}

	delete(ages, "alice")
	delete(ages, "nobody")
	fmt.Println(len(ages), ages)

	// Zero value of struct / slice values.
	type stats struct{ n, sum int }
	st := map[string]stats{}
	for _, w := range []string{"a", "b", "a", "c", "a"} {
		s := st[w]
		s.n++
		s.sum += len(w) * 10
		st[w] = s
	}
	fmt.Println(st)

	groups := map[int][]string{}
	for _, w := range []string{"go", "rust", "c", "zig", "java", "d"} {
		groups[len(w)] = append(groups[len(w)], w)
	}
	fmt.Println(groups)

	// Map of maps.
	graph := map[string]map[string]bool{}
	addEdge := func(a, b string) {
		if graph[a] == nil {
			graph[a] = map[string]bool{}
		}
		graph[a][b] = true
	}
	addEdge("a", "b")
	addEdge("a", "c")
	addEdge("b", "c")
	fmt.Println(graph, len(graph["a"]), graph["z"]["q"])

	// Maps are references.
	m2 := ages
	m2["zed"] = 1
	fmt.Println(ages["zed"])

	// make with size hint.
	big := make(map[int]int, 100)
	for i := range 1000 {
		big[i%37] += i
	}
	keys := make([]int, 0, len(big))
	for k := range big {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(len(big), keys[:5], big[0], big[36])

	// Clear.
	clear(big)
	fmt.Println(len(big))

	// Interface keys.
	im := map[any]string{1: "int", "1": "string", 1.0: "float", true: "bool"}
	fmt.Println(len(im), im[1], im["1"], im[1.0], im[true])
}
