// Tests structs as map keys: counting composite keys, lookups with literals and nested struct keys.
package main

import (
	"fmt"
	"sort"
)

type Edge struct{ From, To string }

type Key struct {
	E    Edge
	Kind int
}

func main() {
	counts := map[Edge]int{}
	trips := []string{"a-b", "b-c", "a-b", "c-a", "a-b", "b-c"}
	for _, t := range trips {
		e := Edge{t[:1], t[2:]}
		counts[e]++
	}
	edges := make([]Edge, 0, len(counts))
	for e := range counts {
		edges = append(edges, e)
	}
	sort.Slice(edges, func(i, j int) bool {
		if edges[i].From != edges[j].From {
			return edges[i].From < edges[j].From
		}
		return edges[i].To < edges[j].To
	})
	for _, e := range edges {
		fmt.Printf("%s->%s: %d\n", e.From, e.To, counts[e])
	}
	fmt.Println(counts[Edge{"a", "b"}], counts[Edge{"b", "a"}])
	_, ok := counts[Edge{To: "a", From: "c"}]
	fmt.Println(ok)

	nested := map[Key]string{{Edge{"x", "y"}, 1}: "one"}
	nested[Key{Edge{"x", "y"}, 2}] = "two"
	fmt.Println(len(nested), nested[Key{E: Edge{"x", "y"}, Kind: 2}])
	delete(nested, Key{Edge{"x", "y"}, 1})
	fmt.Println(nested)
}
