// Tests string(rune) and string(byte) conversions, including invalid code points, surrogates and negative values.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(0x1F600)))
	var b byte = 'z'
	fmt.Println(string(b), string(rune(b)))
	values := []rune{0x10FFFF, 0x110000, -1, 0xD800, 0xDFFF, 0xFFFD, 0}
	for _, r := range values {
		s := string(r)
		fmt.Printf("%U -> %q len=%d valid=%t validRune=%t\n", r, s, len(s), utf8.ValidString(s), utf8.ValidRune(r))
	}
	var big int64 = 1 << 40
	fmt.Printf("%q\n", string(rune(big)))
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen(0x1F600), utf8.RuneLen(-5))
	buf := utf8.AppendRune(nil, 'ß')
	fmt.Println(buf, string(buf))
	r, size := utf8.DecodeRuneInString("€uro")
	fmt.Println(string(r), size)
	r, size = utf8.DecodeRuneInString("\xffabc")
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeLastRuneInString("añ")
	fmt.Printf("%c %d\n", r, size)
}
