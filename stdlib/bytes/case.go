package bytes

import (
	"unicode"
	"unicode/utf8"
)

// Map returns a new slice holding mapping applied to each rune of s (bytes
// that are not valid UTF-8 are passed as utf8.RuneError). Runes mapped to
// a negative value are left out.
func Map(mapping func(r rune) rune, s []byte) []byte {
	out := make([]byte, 0, len(s))
	for len(s) > 0 {
		r, size := utf8.DecodeRune(s)
		s = s[size:]
		if m := mapping(r); m >= 0 {
			out = utf8.AppendRune(out, m)
		}
	}
	return out
}

// scanASCII reports whether s is pure ASCII and, if it is, whether any of
// its bytes lies in lo..hi.
func scanASCII(s []byte, lo, hi byte) (ascii, inRange bool) {
	for _, c := range s {
		if c >= utf8.RuneSelf {
			return false, false
		}
		if lo <= c && c <= hi {
			inRange = true
		}
	}
	return true, inRange
}

// flipASCIICase returns a copy of the ASCII text s in which the letters in
// lo..hi have been moved to the other case.
func flipASCIICase(s []byte, lo, hi byte) []byte {
	out := make([]byte, len(s))
	for i, c := range s {
		if lo <= c && c <= hi {
			c ^= 'a' - 'A' // the two cases differ only in this bit
		}
		out[i] = c
	}
	return out
}

// ToUpper returns a copy of s with every letter mapped to upper case.
func ToUpper(s []byte) []byte {
	ascii, hasLower := scanASCII(s, 'a', 'z')
	switch {
	case !ascii:
		return Map(unicode.ToUpper, s)
	case hasLower:
		return flipASCIICase(s, 'a', 'z')
	}
	return append([]byte(""), s...)
}

// ToLower returns a copy of s with every letter mapped to lower case.
func ToLower(s []byte) []byte {
	ascii, hasUpper := scanASCII(s, 'A', 'Z')
	switch {
	case !ascii:
		return Map(unicode.ToLower, s)
	case hasUpper:
		return flipASCIICase(s, 'A', 'Z')
	}
	return append([]byte(""), s...)
}

// ToTitle returns a copy of s with every letter mapped to title case.
func ToTitle(s []byte) []byte { return Map(unicode.ToTitle, s) }

// ToUpperSpecial is ToUpper with c's special mappings taking priority.
func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte {
	return Map(c.ToUpper, s)
}

// ToLowerSpecial is ToLower with c's special mappings taking priority.
func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte {
	return Map(c.ToLower, s)
}

// ToTitleSpecial is ToTitle with c's special mappings taking priority.
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte {
	return Map(c.ToTitle, s)
}

// isSeparator reports whether r ends a word for Title: ASCII other than
// letters, digits and '_', and beyond ASCII only white space.
func isSeparator(r rune) bool {
	if r < utf8.RuneSelf {
		word := r == '_' || '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
		return !word
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && unicode.IsSpace(r)
}

// Title returns a copy of s in which each rune that starts a word is put in
// title case.
//
// Deprecated: word boundaries are not handled properly for Unicode
// punctuation; use golang.org/x/text/cases instead.
func Title(s []byte) []byte {
	wordStart := true // as if s were preceded by a space
	return Map(func(r rune) rune {
		first := wordStart
		wordStart = isSeparator(r)
		if first {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}
