// Tests word frequency counting with strings.FieldsFunc, a map, and output sorted by count then word.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

const text = `The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs! A fox, a dog, and THE end. Über-fast foxes? Über cool.`

func isLetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > utf8.RuneSelf
}

func main() {
	words := strings.FieldsFunc(text, func(r rune) bool { return !isLetter(r) })
	counts := map[string]int{}
	for _, w := range words {
		counts[strings.ToLower(w)]++
	}
	type kv struct {
		Word  string
		Count int
	}
	var list []kv
	for w, c := range counts {
		list = append(list, kv{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	fmt.Println("total words:", len(words), "distinct:", len(list))
	for i, e := range list {
		if i == 8 {
			break
		}
		fmt.Printf("%2d. %-6s %d %s\n", i+1, e.Word, e.Count, strings.Repeat("*", e.Count))
	}
	longest := ""
	for _, e := range list {
		if utf8.RuneCountInString(e.Word) > utf8.RuneCountInString(longest) {
			longest = e.Word
		}
	}
	fmt.Println("longest:", longest)
}
