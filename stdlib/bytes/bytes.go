// Package bytes is gorun's implementation of Go's bytes package: the
// functions of package strings for byte slices, and the Buffer and Reader
// types. It has no native functions.
package bytes

import (
	"unicode"
	"unicode/utf8"
)

const maxInt = int(^uint(0) >> 1)

// Equal reports whether a and b hold the same bytes; nil and empty slices
// are equal.
func Equal(a, b []byte) bool {
	return string(a) == string(b)
}

// Compare orders a and b lexicographically by byte value, returning -1, 0
// or +1; nil and empty slices are equal.
func Compare(a, b []byte) int {
	sa, sb := string(a), string(b)
	switch {
	case sa < sb:
		return -1
	case sa > sb:
		return 1
	}
	return 0
}

// Clone returns a fresh copy of b, keeping nil as nil.
func Clone(b []byte) []byte {
	if b != nil {
		return append([]byte{}, b...)
	}
	return nil
}

// HasPrefix reports whether s starts with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(prefix) <= len(s) && Equal(s[:len(prefix)], prefix)
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(suffix) <= len(s) && Equal(s[len(s)-len(suffix):], suffix)
}

// TrimPrefix drops prefix from the front of s if it is there.
func TrimPrefix(s, prefix []byte) []byte {
	rest, _ := CutPrefix(s, prefix)
	return rest
}

// TrimSuffix drops suffix from the end of s if it is there.
func TrimSuffix(s, suffix []byte) []byte {
	rest, _ := CutSuffix(s, suffix)
	return rest
}

// Cut splits s at the first sep into the parts before and after it. When
// sep is absent it returns s, nil, false. The parts alias s.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	at := Index(s, sep)
	if at < 0 {
		return s, nil, false
	}
	return s[:at], s[at+len(sep):], true
}

// CutLast is Cut at the last sep instead of the first.
func CutLast(s, sep []byte) (before, after []byte, found bool) {
	at := LastIndex(s, sep)
	if at < 0 {
		return s, nil, false
	}
	return s[:at], s[at+len(sep):], true
}

// CutPrefix returns s without its leading prefix and true, or s and false
// when s does not start with prefix.
func CutPrefix(s, prefix []byte) (after []byte, found bool) {
	if HasPrefix(s, prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// CutSuffix returns s without its trailing suffix and true, or s and false
// when s does not end with suffix.
func CutSuffix(s, suffix []byte) (before []byte, found bool) {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)], true
	}
	return s, false
}

// Join glues the elements of s together with sep between neighbours,
// always into new storage.
func Join(s [][]byte, sep []byte) []byte {
	switch len(s) {
	case 0:
		return []byte{}
	case 1:
		return append([]byte(nil), s[0]...)
	}
	total := 0
	if len(sep) > 0 {
		if len(sep) >= maxInt/(len(s)-1) {
			panic("bytes: Join output length overflow")
		}
		total = len(sep) * (len(s) - 1)
	}
	for _, part := range s {
		if len(part) > maxInt-total {
			panic("bytes: Join output length overflow")
		}
		total += len(part)
	}
	out := make([]byte, total)
	at := copy(out, s[0])
	for _, part := range s[1:] {
		at += copy(out[at:], sep)
		at += copy(out[at:], part)
	}
	return out
}

// Repeat returns count copies of b back to back in new storage. A negative
// count, or a result too long to represent, panics.
func Repeat(b []byte, count int) []byte {
	switch {
	case count == 0:
		return []byte{}
	case count < 0:
		panic("bytes: negative Repeat count")
	case len(b) > maxInt/count:
		panic("bytes: Repeat output length overflow")
	case len(b) == 0:
		return []byte{}
	}
	out := make([]byte, len(b)*count)
	// Each round doubles the filled prefix by copying it after itself.
	for done := copy(out, b); done < len(out); {
		done += copy(out[done:], out[:done])
	}
	return out
}

// Replace returns a copy of s in which the first n non-overlapping
// instances of old (every one, for n < 0) are replaced by new. An empty old
// matches at the start of s and after each UTF-8 sequence.
func Replace(s, old, new []byte, n int) []byte {
	matches := 0
	if n != 0 {
		matches = Count(s, old)
	}
	if matches == 0 {
		return append([]byte(nil), s...)
	}
	if n < 0 || n > matches {
		n = matches
	}
	out := make([]byte, len(s)+n*(len(new)-len(old)))
	w, from := 0, 0
	for k := 0; k < n; k++ {
		// Find where the k-th replacement goes.
		at := from
		switch {
		case len(old) > 0:
			at += Index(s[from:], old)
		case k > 0:
			_, size := utf8.DecodeRune(s[from:])
			at += size
		}
		w += copy(out[w:], s[from:at])
		w += copy(out[w:], new)
		from = at + len(old)
	}
	w += copy(out[w:], s[from:])
	return out[:w]
}

// ReplaceAll replaces every non-overlapping instance of old in a copy of s.
func ReplaceAll(s, old, new []byte) []byte {
	return Replace(s, old, new, -1)
}

// Runes decodes s into its runes, invalid bytes becoming U+FFFD.
func Runes(s []byte) []rune {
	out := make([]rune, 0, utf8.RuneCount(s))
	for len(s) > 0 {
		r, size := utf8.DecodeRune(s)
		out = append(out, r)
		s = s[size:]
	}
	return out
}

// EqualFold reports whether s and t, taken as UTF-8 text, match rune by
// rune under simple Unicode case folding.
func EqualFold(s, t []byte) bool {
	for len(s) > 0 && len(t) > 0 {
		a, na := utf8.DecodeRune(s)
		b, nb := utf8.DecodeRune(t)
		if !foldsTo(a, b) {
			return false
		}
		s, t = s[na:], t[nb:]
	}
	return len(s) == len(t)
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

// ToValidUTF8 returns a copy of s in which every run of bytes that are not
// valid UTF-8 is replaced by a single copy of replacement.
func ToValidUTF8(s, replacement []byte) []byte {
	out := make([]byte, 0, len(s)+len(replacement))
	prevBad := false
	for len(s) > 0 {
		_, size := utf8.DecodeRune(s)
		bad := size == 1 && s[0] >= utf8.RuneSelf
		if !bad {
			out = append(out, s[:size]...)
		} else if !prevBad {
			out = append(out, replacement...)
		}
		prevBad = bad
		s = s[size:]
	}
	return out
}
