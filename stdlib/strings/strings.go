// Package strings is gorun's implementation of Go's strings package:
// searching, splitting, joining, trimming and case-mapping UTF-8 strings,
// plus Builder, Reader and Replacer. It has no native functions.
package strings

import (
	"unicode"
	"unicode/utf8"
)

const maxInt = int(^uint(0) >> 1)

// Clone returns a fresh copy of s, so that s's memory need not be kept
// alive by the result. Cloning "" returns "" without allocating.
func Clone(s string) string {
	if len(s) == 0 {
		return ""
	}
	return string([]byte(s))
}

// Compare returns 0 if a == b, -1 if a < b and +1 if a > b, comparing
// bytewise.
func Compare(a, b string) int {
	if a == b {
		return 0
	}
	if a < b {
		return -1
	}
	return 1
}

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// Join concatenates elems with sep between consecutive elements.
func Join(elems []string, sep string) string {
	switch len(elems) {
	case 0:
		return ""
	case 1:
		return elems[0]
	}
	n := len(sep) * (len(elems) - 1)
	for _, e := range elems {
		n += len(e)
	}
	b := make([]byte, 0, n)
	b = append(b, elems[0]...)
	for _, e := range elems[1:] {
		b = append(b, sep...)
		b = append(b, e...)
	}
	return string(b)
}

// Repeat returns count copies of s concatenated. It panics if count is
// negative or the result would be too long.
func Repeat(s string, count int) string {
	switch count {
	case 0:
		return ""
	case 1:
		return s
	}
	if count < 0 {
		panic("strings: negative Repeat count")
	}
	if len(s) > maxInt/count {
		panic("strings: Repeat output length overflow")
	}
	n := len(s) * count
	if n == 0 {
		return ""
	}
	b := make([]byte, len(s), n)
	copy(b, s)
	for len(b) < n {
		// Double what we have, without going past n.
		m := len(b)
		if m > n-len(b) {
			m = n - len(b)
		}
		b = append(b, b[:m]...)
	}
	return string(b)
}

// Replace returns a copy of s with the first n non-overlapping instances
// of old replaced by new (all of them if n < 0). An empty old matches at
// the start of s and after each rune, so it inserts new up to n times.
func Replace(s, old, new string, n int) string {
	if old == new || n == 0 {
		return s
	}
	m := Count(s, old)
	if m == 0 {
		return s
	}
	if n < 0 || m < n {
		n = m
	}
	b := make([]byte, 0, len(s)+n*(len(new)-len(old)))
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, size := utf8.DecodeRuneInString(s[start:])
				j += size
			}
		} else {
			j += Index(s[start:], old)
		}
		b = append(b, s[start:j]...)
		b = append(b, new...)
		start = j + len(old)
	}
	b = append(b, s[start:]...)
	return string(b)
}

// ReplaceAll returns a copy of s with every non-overlapping instance of old
// replaced by new.
func ReplaceAll(s, old, new string) string {
	return Replace(s, old, new, -1)
}

// EqualFold reports whether s and t, read as UTF-8, are equal under simple
// Unicode case folding (so "Go" and "GO" are equal).
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		var sr, tr rune
		if s[0] < utf8.RuneSelf {
			sr, s = rune(s[0]), s[1:]
		} else {
			r, size := utf8.DecodeRuneInString(s)
			sr, s = r, s[size:]
		}
		if t[0] < utf8.RuneSelf {
			tr, t = rune(t[0]), t[1:]
		} else {
			r, size := utf8.DecodeRuneInString(t)
			tr, t = r, t[size:]
		}
		if sr == tr {
			continue
		}
		if tr < sr {
			sr, tr = tr, sr
		}
		// sr < tr now.
		if tr < utf8.RuneSelf {
			if 'A' <= sr && sr <= 'Z' && tr == sr+'a'-'A' {
				continue
			}
			return false
		}
		// Walk sr's folding orbit upwards looking for tr.
		r := unicode.SimpleFold(sr)
		for r != sr && r < tr {
			r = unicode.SimpleFold(r)
		}
		if r == tr {
			continue
		}
		return false
	}
	return s == t
}

// Cut slices s around the first instance of sep, returning the text before
// and after it and true, or s, "" and false if sep does not occur.
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// CutLast slices s around the last instance of sep, returning the text
// before and after it and true, or s, "" and false if sep does not occur.
func CutLast(s, sep string) (before, after string, found bool) {
	if i := LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// CutPrefix returns s without prefix and true, or s and false if s does not
// begin with prefix.
func CutPrefix(s, prefix string) (after string, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without suffix and true, or s and false if s does not
// end with suffix.
func CutSuffix(s, suffix string) (before string, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// ToValidUTF8 returns a copy of s with each run of bytes that are not valid
// UTF-8 replaced by replacement (which may be empty).
func ToValidUTF8(s, replacement string) string {
	b := make([]byte, 0, len(s)+len(replacement))
	inBad := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			inBad = false
			b = append(b, c)
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		if size == 1 {
			i++
			if !inBad {
				inBad = true
				b = append(b, replacement...)
			}
			continue
		}
		inBad = false
		b = append(b, s[i:i+size]...)
		i += size
	}
	return string(b)
}
