package strings

import (
	"unicode"
	"unicode/utf8"
)

// isASCIISpace reports whether c is one of the six ASCII white space bytes.
func isASCIISpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// TrimSpace strips leading and trailing Unicode white space from s.
func TrimSpace(s string) string {
	lo, hi := 0, len(s)
	// Skip ASCII spaces from both ends; anything non-ASCII hands the
	// remainder to the general rune-aware trimming.
	for lo < hi && isASCIISpace(s[lo]) {
		lo++
	}
	if lo < hi && s[lo] >= utf8.RuneSelf {
		return TrimFunc(s[lo:], unicode.IsSpace)
	}
	for hi > lo && isASCIISpace(s[hi-1]) {
		hi--
	}
	if hi > lo && s[hi-1] >= utf8.RuneSelf {
		return TrimRightFunc(s[lo:hi], unicode.IsSpace)
	}
	return s[lo:hi]
}

// Trim strips from both ends of s every rune that occurs in cutset.
func Trim(s, cutset string) string {
	return TrimLeft(TrimRight(s, cutset), cutset)
}

// TrimLeft strips from the front of s every rune that occurs in cutset;
// use TrimPrefix to remove a fixed string instead.
func TrimLeft(s, cutset string) string {
	if cutset == "" {
		return s
	}
	for s != "" {
		r, size := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s)
		}
		if !inSet(cutset, r) {
			break
		}
		s = s[size:]
	}
	return s
}

// TrimRight strips from the end of s every rune that occurs in cutset;
// use TrimSuffix to remove a fixed string instead.
func TrimRight(s, cutset string) string {
	if cutset == "" {
		return s
	}
	for s != "" {
		r, size := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(s)
		}
		if !inSet(cutset, r) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

// TrimFunc strips from both ends of s the runes for which f is true.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimLeftFunc strips from the front of s the runes for which f is true.
func TrimLeftFunc(s string, f func(rune) bool) string {
	if keep := indexFunc(s, f, false); keep >= 0 {
		return s[keep:]
	}
	return ""
}

// TrimRightFunc strips from the end of s the runes for which f is true.
func TrimRightFunc(s string, f func(rune) bool) string {
	last := lastIndexFunc(s, f, false)
	if last < 0 {
		return ""
	}
	// Keep the whole rune that starts at last.
	_, size := utf8.DecodeRuneInString(s[last:])
	return s[:last+size]
}

// TrimPrefix drops prefix from the front of s if it is there.
func TrimPrefix(s, prefix string) string {
	rest, _ := CutPrefix(s, prefix)
	return rest
}

// TrimSuffix drops suffix from the end of s if it is there.
func TrimSuffix(s, suffix string) string {
	rest, _ := CutSuffix(s, suffix)
	return rest
}
