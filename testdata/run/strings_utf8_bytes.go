// Tests string byte indexing, slicing, rune conversion, []byte/[]rune conversions and immutability via copies.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "Go语言!"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i := 0; i < len(s); i++ {
		fmt.Printf("%d:%x ", i, s[i])
	}
	fmt.Println()
	fmt.Printf("%T %v %c\n", s[0], s[0], s[0])
	fmt.Println(s[2:5], s[:2], s[5:])
	fmt.Printf("%q %q\n", s[2:3], s[2:4])

	r := []rune(s)
	fmt.Println(len(r), r, string(r[2]), string(r[2:]))
	bs := []byte(s)
	fmt.Println(len(bs), bs)
	bs[0] = 'g'
	fmt.Println(string(bs), s)

	// string(rune) conversions.
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)))
	fmt.Printf("%q\n", string(rune(0xD800)))

	// Decoding manually.
	for i := 0; i < len(s); {
		ru, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%c(%d) ", ru, size)
		i += size
	}
	fmt.Println()

	// Encoding.
	buf := make([]byte, 0, 16)
	for _, ru := range []rune{'a', 'é', '€', '😀'} {
		buf = utf8.AppendRune(buf, ru)
		fmt.Print(utf8.RuneLen(ru), " ")
	}
	fmt.Println(len(buf), string(buf))
	fmt.Printf("% x\n", buf)

	// Comparison is bytewise.
	fmt.Println("a" < "b", "Z" < "a", "é" > "z", "abc" < "abd", "ab" < "abc", "" < "a")

	// Concatenation in a loop.
	acc := ""
	for i := range 5 {
		acc += string(rune('a' + i))
	}
	fmt.Println(acc, len(acc))

	// Raw strings.
	raw := `line1\n	"quoted"`
	fmt.Println(raw, len(raw))
	fmt.Printf("%q\n", raw)
	fmt.Printf("%x %X % x\n", "hi", "hi", "héllo")
	fmt.Println(utf8.ValidString(s), utf8.ValidString("\xff"), utf8.RuneError)
}
