// Tests ranging over strings by rune: byte offsets, multi-byte runes and invalid UTF-8.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界!"
	fmt.Println("len bytes", len(s), "runes", utf8.RuneCountInString(s))
	for i, r := range s {
		fmt.Printf("%2d %q %U size=%d\n", i, r, r, utf8.RuneLen(r))
	}

	// Index only.
	var offs []int
	for i := range "aé世𝄞" {
		offs = append(offs, i)
	}
	fmt.Println(offs)

	// Invalid UTF-8 yields U+FFFD with width 1.
	bad := "a\xffb\xe4\xb8c"
	for i, r := range bad {
		fmt.Printf("%d:%q(%d) ", i, r, r)
	}
	fmt.Println()

	// Counting by category.
	letters, spaces, other := 0, 0, 0
	for _, r := range "Go is fun, 是吧?" {
		switch {
		case r == ' ':
			spaces++
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			letters++
		default:
			other++
		}
	}
	fmt.Println(letters, spaces, other)

	// Reverse a string by runes.
	rs := []rune("añb世c")
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	fmt.Println(string(rs))

	// Empty string.
	for range "" {
		fmt.Println("never")
	}
	fmt.Println("done")
}
