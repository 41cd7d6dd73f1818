// Tests unicode's natives (set membership, case mapping, case folding) through the
// unicode and strings packages, on ASCII, Latin-1 and the rest of Unicode.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	runes := []rune{'a', 'Z', '5', ' ', '\t', '\n', '_', '!', '$', 'é', 'ß', 'Σ', 'σ', 'ς', 'ǅ', 'ǆ', 'K', 'k', '\u212A', 'ſ', 'ﬀ',
		'Ⅻ', '٣', '中', 'ア', 'ж', 'Ж', '\u00A0', '\u2028', '\u200B', '\u0301', '😀', '𝔸', '\U0001E900', '\U0001E922', 'ǈ', 'İ', 'ı', -1, 0x110000}
	for _, r := range runes {
		fmt.Printf("%U upper=%v lower=%v title=%v letter=%v digit=%v number=%v space=%v punct=%v symbol=%v mark=%v graphic=%v print=%v control=%v\n",
			r, unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r), unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r),
			unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsMark(r), unicode.IsGraphic(r), unicode.IsPrint(r), unicode.IsControl(r))
		fmt.Printf("   ToUpper=%U ToLower=%U ToTitle=%U SimpleFold=%U\n", unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
		fmt.Println("   Han", unicode.Is(unicode.Han, r), "Greek", unicode.Is(unicode.Greek, r), "Latin", unicode.Is(unicode.Latin, r),
			"Cyrillic", unicode.In(r, unicode.Cyrillic), "Adlam", unicode.Is(unicode.Adlam, r), "White_Space", unicode.Is(unicode.White_Space, r))
	}

	// A folding orbit.
	r := 'k'
	for i := 0; i < 4; i++ {
		fmt.Printf("%U ", r)
		r = unicode.SimpleFold(r)
	}
	fmt.Println()

	fmt.Println(unicode.To(unicode.UpperCase, 'ǆ'), unicode.To(unicode.TitleCase, 'ǆ'), unicode.To(unicode.LowerCase, 'Ǆ'), unicode.To(7, 'a'))
	fmt.Println(string(unicode.TurkishCase.ToUpper('i')), string(unicode.TurkishCase.ToLower('I')))

	// strings functions built on them.
	words := []string{"hello, wörld", "ΑΒΓ δεζ", "straße", "ǆemal", "Ǆ", "İstanbul", "ﬁne", "", "MiXeD 123 ÇASE"}
	for _, s := range words {
		fmt.Printf("%q %q %q %q\n", strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.Title(s))
	}
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Σίσυφος", "ΣΊΣΥΦΟΣ"), strings.EqualFold("Kelvin", "\u212Aelvin"))
	fmt.Println(strings.Fields(" a\u00a0b\u2003c\td\n"), len(strings.Fields("\u0085x\u2029y")))
	fmt.Println(strings.TrimSpace("\u3000 trimmed \u2028"), strings.IndexFunc("abc٣def", unicode.IsDigit))
	fmt.Println(strings.Map(unicode.ToUpper, "mapped ﬀ ǉ"), strings.ContainsFunc("xyzΩ", unicode.IsUpper))
	fmt.Println(strings.ToValidUTF8("a\xffb", "?"), strings.Count("cheese", "e"))
}
