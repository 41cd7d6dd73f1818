package strings

import (
	"unicode"
	"unicode/utf8"
)

// isASCIISpace reports whether c is one of '\t', '\n', '\v', '\f', '\r' and
// ' '.
func isASCIISpace(c byte) bool {
	return c == ' ' || ('\t' <= c && c <= '\r')
}

// TrimSpace returns s without leading and trailing white space.
func TrimSpace(s string) string {
	start := 0
	for ; start < len(s); start++ {
		c := s[start]
		if c >= utf8.RuneSelf {
			return TrimFunc(s[start:], unicode.IsSpace)
		}
		if !isASCIISpace(c) {
			break
		}
	}
	stop := len(s)
	for ; stop > start; stop-- {
		c := s[stop-1]
		if c >= utf8.RuneSelf {
			return TrimRightFunc(s[start:stop], unicode.IsSpace)
		}
		if !isASCIISpace(c) {
			break
		}
	}
	return s[start:stop]
}

// Trim returns s without the leading and trailing runes contained in
// cutset.
func Trim(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return trimRightSet(trimLeftSet(s, cutset), cutset)
}

// TrimLeft returns s without the leading runes contained in cutset. To
// remove a prefix string, use TrimPrefix.
func TrimLeft(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return trimLeftSet(s, cutset)
}

// TrimRight returns s without the trailing runes contained in cutset. To
// remove a suffix string, use TrimSuffix.
func TrimRight(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return trimRightSet(s, cutset)
}

func trimLeftSet(s, cutset string) string {
	for len(s) > 0 {
		r, n := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s)
		}
		if !ContainsRune(cutset, r) {
			break
		}
		s = s[n:]
	}
	return s
}

func trimRightSet(s, cutset string) string {
	for len(s) > 0 {
		r, n := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRuneInString(s)
		}
		if !ContainsRune(cutset, r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// TrimFunc returns s without the leading and trailing runes satisfying f.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimLeftFunc returns s without the leading runes satisfying f.
func TrimLeftFunc(s string, f func(rune) bool) string {
	i := indexFunc(s, f, false)
	if i == -1 {
		return ""
	}
	return s[i:]
}

// TrimRightFunc returns s without the trailing runes satisfying f.
func TrimRightFunc(s string, f func(rune) bool) string {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	} else {
		i++
	}
	return s[0:i]
}

// TrimPrefix returns s without prefix, or s unchanged if it does not begin
// with prefix.
func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without suffix, or s unchanged if it does not end
// with suffix.
func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}
