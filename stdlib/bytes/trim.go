package bytes

import (
	"unicode"
	"unicode/utf8"
)

// isASCIISpace reports whether c is one of the six ASCII white space bytes.
func isASCIISpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// TrimSpace strips leading and trailing Unicode white space from s. If
// nothing is left the result is nil.
func TrimSpace(s []byte) []byte {
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
		return TrimFunc(s[lo:hi], unicode.IsSpace)
	}
	if lo == hi {
		return nil
	}
	return s[lo:hi]
}

// Trim strips from both ends of s every rune that occurs in cutset. An
// empty s gives nil; an empty cutset gives s unchanged.
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return TrimLeft(TrimRight(s, cutset), cutset)
}

// TrimLeft strips from the front of s every rune that occurs in cutset. If
// nothing is left the result is nil.
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	for len(s) > 0 {
		r, size := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s)
		}
		if !containsRune(cutset, r) {
			return s
		}
		s = s[size:]
	}
	return nil
}

// TrimRight strips from the end of s every rune that occurs in cutset.
func TrimRight(s []byte, cutset string) []byte {
	if cutset == "" {
		return s
	}
	for len(s) > 0 {
		r, size := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRune(s)
		}
		if !containsRune(cutset, r) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

// TrimFunc strips from both ends of s the runes for which f is true.
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimLeftFunc strips from the front of s the runes for which f is true;
// nil if that is all of them.
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	if keep := indexFunc(s, f, false); keep >= 0 {
		return s[keep:]
	}
	return nil
}

// TrimRightFunc strips from the end of s the runes for which f is true.
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	end := 0
	if last := lastIndexFunc(s, f, false); last >= 0 {
		// Keep the whole rune that starts at last.
		size := 1
		if s[last] >= utf8.RuneSelf {
			_, size = utf8.DecodeRune(s[last:])
		}
		end = last + size
	}
	return s[0:end]
}
