// Tests range over maps with deterministic output by sorting keys, and fmt's sorted map printing.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	text := "the quick brown fox jumps over the lazy dog the fox"
	freq := map[string]int{}
	for _, w := range strings.Fields(text) {
		freq[w]++
	}
	keys := make([]string, 0, len(freq))
	for k := range freq {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-6s %d\n", k, freq[k])
	}
	fmt.Println(freq)

	// Sum values regardless of order.
	total := 0
	for _, v := range freq {
		total += v
	}
	fmt.Println("total", total, "distinct", len(freq))

	// Integer keys print sorted.
	sq := map[int]int{}
	for i := 5; i >= -2; i-- {
		sq[i] = i * i
	}
	fmt.Println(sq)

	// Bool and float keys.
	fmt.Println(map[bool]string{true: "yes", false: "no"})
	fmt.Println(map[float64]int{2.5: 1, -1: 2, 0: 3})

	// Sort by value then key.
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range freq {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	fmt.Println(kvs[:3])

	// Range over nil map.
	var nm map[string]int
	for k := range nm {
		fmt.Println("never", k)
	}
	fmt.Println("nil map len", len(nm))
}
