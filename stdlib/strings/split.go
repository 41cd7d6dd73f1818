package strings

import (
	"unicode"
	"unicode/utf8"
)

// explode splits s into its UTF-8 sequences, at most n of them (all if
// n < 0); the last holds the rest of s. Each invalid byte is its own
// element.
func explode(s string, n int) []string {
	l := utf8.RuneCountInString(s)
	if n < 0 || n > l {
		n = l
	}
	a := make([]string, n)
	for i := 0; i < n-1; i++ {
		_, size := utf8.DecodeRuneInString(s)
		a[i] = s[:size]
		s = s[size:]
	}
	if n > 0 {
		a[n-1] = s
	}
	return a
}

// genSplit splits s at each instance of sep, keeping keep bytes of sep at
// the end of each piece, into at most n pieces (all if n < 0).
func genSplit(s, sep string, keep, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([]string, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[:m+keep]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

// SplitN slices s into the substrings separated by sep, returning at most
// n of them: n > 0 gives at most n (the last is the unsplit rest), n == 0
// gives nil, n < 0 gives all. An empty sep splits after each UTF-8
// sequence.
func SplitN(s, sep string, n int) []string { return genSplit(s, sep, 0, n) }

// SplitAfterN is like SplitN but keeps each sep at the end of its piece.
func SplitAfterN(s, sep string, n int) []string {
	return genSplit(s, sep, len(sep), n)
}

// Split slices s into all the substrings separated by sep. If sep does not
// occur, the result is []string{s}; an empty sep splits after each UTF-8
// sequence.
func Split(s, sep string) []string { return genSplit(s, sep, 0, -1) }

// SplitAfter slices s after each instance of sep.
func SplitAfter(s, sep string) []string {
	return genSplit(s, sep, len(sep), -1)
}

// Fields splits s around runs of white space (as defined by
// unicode.IsSpace). The result is empty, not nil, if s is only white space.
func Fields(s string) []string {
	n := 0
	inField := false
	for _, r := range s {
		was := inField
		inField = !unicode.IsSpace(r)
		if inField && !was {
			n++
		}
	}
	a := make([]string, n)
	na := 0
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				a[na] = s[start:i]
				na++
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		a[na] = s[start:]
	}
	return a
}

// FieldsFunc splits s around runs of runes satisfying f. f is called once
// per rune, in order.
func FieldsFunc(s string, f func(rune) bool) []string {
	type span struct{ start, end int }
	spans := make([]span, 0, 16)
	start := -1
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				spans = append(spans, span{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		spans = append(spans, span{start, len(s)})
	}
	a := make([]string, len(spans))
	for i, sp := range spans {
		a[i] = s[sp.start:sp.end]
	}
	return a
}
