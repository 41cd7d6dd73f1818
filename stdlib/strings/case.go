package strings

import (
	"unicode"
	"unicode/utf8"
)

// Map returns s with mapping applied to each rune; runes mapped to a
// negative value are dropped. An invalid byte reaches mapping as
// utf8.RuneError, and whatever mapping returns for it is written out as a
// proper encoding, so invalid input never survives.
func Map(mapping func(rune) rune, s string) string {
	var out []byte
	changed := false
	for at, c := range s {
		m := mapping(c)
		if !changed {
			same := m == c
			if c == utf8.RuneError {
				// Only a genuine, encoded U+FFFD can stay as it was.
				_, size := utf8.DecodeRuneInString(s[at:])
				same = same && size > 1
			}
			if same {
				continue
			}
			changed = true
			out = make([]byte, 0, len(s)+utf8.UTFMax)
			out = append(out, s[:at]...)
		}
		if m >= 0 {
			out = utf8.AppendRune(out, m)
		}
	}
	if !changed {
		return s
	}
	return string(out)
}

// asciiOnly reports whether s is pure ASCII and, if it is, whether any of
// its bytes lies in lo..hi.
func asciiOnly(s string, lo, hi byte) (ascii, inRange bool) {
	for i := range len(s) {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false, false
		}
		if lo <= c && c <= hi {
			inRange = true
		}
	}
	return true, inRange
}

// flipCase returns the ASCII text s with the letters in lo..hi moved to the
// other case.
func flipCase(s string, lo, hi byte) string {
	out := []byte(s)
	for i, c := range out {
		if lo <= c && c <= hi {
			out[i] = c ^ ('a' - 'A') // the cases differ in this bit only
		}
	}
	return string(out)
}

// ToUpper returns s with every letter mapped to upper case.
func ToUpper(s string) string {
	ascii, hasLower := asciiOnly(s, 'a', 'z')
	switch {
	case !ascii:
		return Map(unicode.ToUpper, s)
	case hasLower:
		return flipCase(s, 'a', 'z')
	}
	return s
}

// ToLower returns s with every letter mapped to lower case.
func ToLower(s string) string {
	ascii, hasUpper := asciiOnly(s, 'A', 'Z')
	switch {
	case !ascii:
		return Map(unicode.ToLower, s)
	case hasUpper:
		return flipCase(s, 'A', 'Z')
	}
	return s
}

// ToTitle returns s with every letter mapped to title case.
func ToTitle(s string) string { return Map(unicode.ToTitle, s) }

// ToUpperSpecial is ToUpper with c's special mappings taking priority.
func ToUpperSpecial(c unicode.SpecialCase, s string) string {
	return Map(c.ToUpper, s)
}

// ToLowerSpecial is ToLower with c's special mappings taking priority.
func ToLowerSpecial(c unicode.SpecialCase, s string) string {
	return Map(c.ToLower, s)
}

// ToTitleSpecial is ToTitle with c's special mappings taking priority.
func ToTitleSpecial(c unicode.SpecialCase, s string) string {
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

// Title returns s with each rune that starts a word put in title case.
//
// Deprecated: word boundaries are not handled properly for Unicode
// punctuation; use golang.org/x/text/cases instead.
func Title(s string) string {
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
