// Tests string comparison: byte-wise ordering with <, strings.Compare, EqualFold, prefixes and sorting.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	pairs := [][2]string{
		{"apple", "banana"}, {"apple", "app"}, {"Zebra", "apple"},
		{"", "a"}, {"abc", "abc"}, {"é", "z"}, {"a\x00", "a"},
	}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%q vs %q: < %t, == %t, >= %t, Compare %d\n", a, b, a < b, a == b, a >= b, strings.Compare(a, b))
	}
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("straße", "STRASSE"), strings.EqualFold("σ", "Σ"))
	words := []string{"banana", "Apple", "cherry", "apple", "Banana", "10", "9", "_x"}
	sort.Strings(words)
	fmt.Println(words)
	sort.Slice(words, func(i, j int) bool {
		return strings.ToLower(words[i]) < strings.ToLower(words[j]) ||
			(strings.ToLower(words[i]) == strings.ToLower(words[j]) && words[i] < words[j])
	})
	fmt.Println(words)
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), min("pear", "peach", "plum"))
}
