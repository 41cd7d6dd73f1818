package strings

import (
	"unicode"
	"unicode/utf8"
)

// Map returns a copy of s with each rune replaced by mapping(r); a negative
// result drops the rune. Invalid UTF-8 bytes are passed to mapping as
// utf8.RuneError, and the result is then written as a valid encoding.
func Map(mapping func(rune) rune, s string) string {
	var b []byte // nil until something changes
	for i, c := range s {
		r := mapping(c)
		if b == nil {
			if r == c && c != utf8.RuneError {
				continue
			}
			if c == utf8.RuneError {
				// An encoded U+FFFD mapped to itself is no change; an
				// invalid byte always is.
				if _, size := utf8.DecodeRuneInString(s[i:]); size != 1 && r == c {
					continue
				}
			}
			b = make([]byte, i, len(s)+utf8.UTFMax)
			copy(b, s[:i])
		}
		if r >= 0 {
			b = utf8.AppendRune(b, r)
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

// ToUpper returns s with all Unicode letters mapped to upper case.
func ToUpper(s string) string {
	ascii, hasLower := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		hasLower = hasLower || ('a' <= c && c <= 'z')
	}
	if ascii {
		if !hasLower {
			return s
		}
		b := make([]byte, len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			b[i] = c
		}
		return string(b)
	}
	return Map(unicode.ToUpper, s)
}

// ToLower returns s with all Unicode letters mapped to lower case.
func ToLower(s string) string {
	ascii, hasUpper := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		hasUpper = hasUpper || ('A' <= c && c <= 'Z')
	}
	if ascii {
		if !hasUpper {
			return s
		}
		b := make([]byte, len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		return string(b)
	}
	return Map(unicode.ToLower, s)
}

// ToTitle returns s with all Unicode letters mapped to title case.
func ToTitle(s string) string { return Map(unicode.ToTitle, s) }

// ToUpperSpecial maps s to upper case, giving priority to the rules in c.
func ToUpperSpecial(c unicode.SpecialCase, s string) string {
	return Map(c.ToUpper, s)
}

// ToLowerSpecial maps s to lower case, giving priority to the rules in c.
func ToLowerSpecial(c unicode.SpecialCase, s string) string {
	return Map(c.ToLower, s)
}

// ToTitleSpecial maps s to title case, giving priority to the rules in c.
func ToTitleSpecial(c unicode.SpecialCase, s string) string {
	return Map(c.ToTitle, s)
}

// isSeparator reports whether r separates words, for Title.
func isSeparator(r rune) bool {
	if r <= 0x7F {
		switch {
		case '0' <= r && r <= '9', 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', r == '_':
			return false
		}
		return true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// Title returns s with the first letter of each word mapped to title case.
//
// Deprecated: word boundaries are not handled properly for Unicode
// punctuation; use golang.org/x/text/cases instead.
func Title(s string) string {
	prev := ' '
	return Map(func(r rune) rune {
		if isSeparator(prev) {
			prev = r
			return unicode.ToTitle(r)
		}
		prev = r
		return r
	}, s)
}
