// Tests string formatting verbs: %s %q %v %x with width, precision and flags, and %-10s tables.
package main

import "fmt"

type Lang struct {
	Name string
	Year int
}

func main() {
	s := "gopher"
	fmt.Printf("[%s] [%10s] [%-10s] [%.3s] [%8.2s] [%-8.4s]\n", s, s, s, s, s, s)
	fmt.Printf("[%q] [%12q] [%-12q] [%#q] [%+q]\n", s, s, s, "back`tick", "héllo")
	fmt.Printf("[%x] [%X] [% x] [%#x]\n", "hi!", "hi!", "hi!", "hi!")
	fmt.Printf("%q %q %q\n", "tab\there", "quote\"s", "nl\n\x00")
	fmt.Printf("%s|%v|%q\n", []string{"a", "b"}, []string{"c"}, []string{"d", "e f"})
	langs := []Lang{{"Go", 2009}, {"Rust", 2010}, {"C", 1972}}
	fmt.Printf("%-6s|%6s\n", "name", "year")
	for _, l := range langs {
		fmt.Printf("%-6s|%6d\n", l.Name, l.Year)
	}
	fmt.Printf("%5.1s|%.0s|%.10s\n", "abc", "abc", "abc")
	fmt.Printf("%s %s\n", "日本語"[:3], "日本語")
	fmt.Printf("%.2s|%5s|\n", "日本語", "日本")
	fmt.Printf("%c%c%c\n", 'G', 'o', '!')
	fmt.Printf("%v %s\n", 'x', string('x'))
}
