// Tests []rune and []byte round trips: reversing by runes, invalid bytes becoming U+FFFD, and rune counts.
package main

import (
	"fmt"
	"unicode/utf8"
)

func reverseRunes(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func main() {
	for _, s := range []string{"hello", "héllo wörld", "日本語", "a\xffb", ""} {
		rs := []rune(s)
		back := string(rs)
		fmt.Printf("%q runes=%d bytes=%d count=%d same=%t rev=%q\n",
			s, len(rs), len(s), utf8.RuneCountInString(s), back == s, reverseRunes(s))
	}
	bs := []byte("añb")
	fmt.Println(bs, len(bs))
	bs[1] = 'X'
	fmt.Printf("%q %t\n", string(bs), utf8.Valid(bs))
	rs := []rune{'G', 'o', -1, 0x2603}
	fmt.Printf("%q\n", string(rs))
	var none []rune
	fmt.Println([]rune(""), len([]byte(nil)), string(none) == "")
	cut := "añb"[:2]
	fmt.Printf("%q %d\n", []rune(cut), len([]rune(cut)))
}
