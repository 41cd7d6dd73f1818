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

// Join glues elems together with sep between neighbours.
func Join(elems []string, sep string) string {
	switch len(elems) {
	case 0:
		return ""
	case 1:
		return elems[0]
	}
	size := len(sep) * (len(elems) - 1)
	for _, e := range elems {
		size += len(e)
	}
	var b Builder
	b.Grow(size)
	for i, e := range elems {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(e)
	}
	return b.String()
}

// Repeat returns count copies of s back to back. A negative count, or a
// result too long to represent, panics.
func Repeat(s string, count int) string {
	switch {
	case count == 0:
		return ""
	case count == 1:
		return s
	case count < 0:
		panic("strings: negative Repeat count")
	case len(s) > maxInt/count:
		panic("strings: Repeat output length overflow")
	case s == "":
		return ""
	}
	out := make([]byte, len(s)*count)
	// Each round doubles the filled prefix by copying it after itself.
	for done := copy(out, s); done < len(out); {
		done += copy(out[done:], out[:done])
	}
	return string(out)
}

// Replace returns s with its first n non-overlapping instances of old
// (every one, for n < 0) replaced by new. An empty old matches at the start
// of s and after each UTF-8 sequence.
func Replace(s, old, new string, n int) string {
	if n == 0 || old == new {
		return s
	}
	matches := Count(s, old)
	if matches == 0 {
		return s
	}
	if n < 0 || n > matches {
		n = matches
	}
	var b Builder
	b.Grow(len(s) + n*(len(new)-len(old)))
	from := 0
	for k := 0; k < n; k++ {
		// Find where the k-th replacement goes.
		at := from
		switch {
		case old != "":
			at += Index(s[from:], old)
		case k > 0:
			_, size := utf8.DecodeRuneInString(s[from:])
			at += size
		}
		b.WriteString(s[from:at])
		b.WriteString(new)
		from = at + len(old)
	}
	b.WriteString(s[from:])
	return b.String()
}

// ReplaceAll replaces every non-overlapping instance of old in s by new.
func ReplaceAll(s, old, new string) string {
	return Replace(s, old, new, -1)
}

// EqualFold reports whether s and t, taken as UTF-8 text, match rune by
// rune under simple Unicode case folding (so "Go" equals "GO").
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		a, na := utf8.DecodeRuneInString(s)
		b, nb := utf8.DecodeRuneInString(t)
		if !foldsTo(a, b) {
			return false
		}
		s, t = s[na:], t[nb:]
	}
	return s == t
}

// foldsTo reports whether runes a and b are the same letter up to simple
// case folding.
func foldsTo(a, b rune) bool {
	if a == b {
		return true
	}
	if a > b {
		a, b = b, a
	}
	if b < utf8.RuneSelf {
		// Two ASCII runes fold together only as an upper/lower pair.
		return 'A' <= a && a <= 'Z' && b-a == 'a'-'A'
	}
	// SimpleFold cycles through a's equivalence class.
	for r := unicode.SimpleFold(a); r != a; r = unicode.SimpleFold(r) {
		if r == b {
			return true
		}
	}
	return false
}

// Cut splits s at the first sep into the text before and after it; when
// sep is absent it returns s, "", false.
func Cut(s, sep string) (before, after string, found bool) {
	at := Index(s, sep)
	if at < 0 {
		return s, "", false
	}
	return s[:at], s[at+len(sep):], true
}

// CutLast is Cut at the last sep instead of the first.
func CutLast(s, sep string) (before, after string, found bool) {
	at := LastIndex(s, sep)
	if at < 0 {
		return s, "", false
	}
	return s[:at], s[at+len(sep):], true
}

// CutPrefix returns s without its leading prefix and true, or s and false
// when s does not start with prefix.
func CutPrefix(s, prefix string) (after string, found bool) {
	if HasPrefix(s, prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// CutSuffix returns s without its trailing suffix and true, or s and false
// when s does not end with suffix.
func CutSuffix(s, suffix string) (before string, found bool) {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)], true
	}
	return s, false
}

// ToValidUTF8 returns s with every run of bytes that are not valid UTF-8
// replaced by a single copy of replacement (which may be empty).
func ToValidUTF8(s, replacement string) string {
	var b Builder
	prevBad := false
	for s != "" {
		_, size := utf8.DecodeRuneInString(s)
		bad := size == 1 && s[0] >= utf8.RuneSelf
		if !bad {
			b.WriteString(s[:size])
		} else if !prevBad {
			b.WriteString(replacement)
		}
		prevBad = bad
		s = s[size:]
	}
	return b.String()
}
