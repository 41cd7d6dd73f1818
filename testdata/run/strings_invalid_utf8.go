// Tests handling of invalid UTF-8: range yields U+FFFD, conversions, %q escaping, rune counting.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	inputs := []string{
		"ok",
		"\xff",
		"a\xc3",         // truncated 2-byte sequence
		"\xe2\x82",      // truncated 3-byte sequence
		"\xc0\xaf",      // overlong encoding
		"\xed\xa0\x80",  // surrogate half
		"\xf4\x90\x80\x80", // above U+10FFFF
		"€\x80x",
	}
	for _, in := range inputs {
		var rs []rune
		var offs []int
		for i, r := range in {
			rs = append(rs, r)
			offs = append(offs, i)
		}
		fmt.Printf("%-20q len=%d runes=%d valid=%v offs=%v rs=%U\n",
			in, len(in), utf8.RuneCountInString(in), utf8.ValidString(in), offs, rs)
	}

	// Converting to []rune and back replaces invalid bytes.
	bad := "x\xffy"
	back := string([]rune(bad))
	fmt.Printf("%q -> %q (%d -> %d bytes)\n", bad, back, len(bad), len(back))

	// []byte round trip preserves bytes.
	fmt.Printf("%q\n", string([]byte(bad)))

	// DecodeRune reports width 1 for errors.
	r, n := utf8.DecodeRuneInString("\xe2\x82")
	fmt.Println(r == utf8.RuneError, n)
	r, n = utf8.DecodeRuneInString("")
	fmt.Println(r == utf8.RuneError, n)

	// %x and %+q.
	fmt.Printf("%x %+q %q\n", "\xff\x00", "héllo\xff", '\xff')
	fmt.Printf("%q %q %q\n", rune(0xFFFD), "\u00e9", "\t\n\\\"")
	fmt.Println(utf8.FullRune([]byte{0xe2, 0x82}), utf8.RuneStart(0x82), utf8.ValidRune(0xD800))
}
