package strings

import (
	"unicode"
	"unicode/utf8"
)

// explode cuts s into one piece per UTF-8 sequence (an invalid byte is a
// piece of its own), at most n pieces when n >= 0, the last of which then
// keeps the remainder.
func explode(s string, n int) []string {
	runes := utf8.RuneCountInString(s)
	if n < 0 || n > runes {
		n = runes
	}
	pieces := make([]string, n)
	for k := range pieces {
		if k == n-1 {
			pieces[k] = s
			break
		}
		_, size := utf8.DecodeRuneInString(s)
		pieces[k], s = s[:size], s[size:]
	}
	return pieces
}

// genSplit cuts s at instances of sep into at most n pieces (no limit for
// n < 0), leaving the first keep bytes of each separator on the piece
// before it.
func genSplit(s, sep string, keep, n int) []string {
	switch {
	case n == 0:
		return nil
	case sep == "":
		return explode(s, n)
	case n < 0:
		n = Count(s, sep) + 1
	}
	pieces := make([]string, 0, min(n, len(s)+1))
	for len(pieces)+1 < cap(pieces) {
		at := Index(s, sep)
		if at < 0 {
			break
		}
		pieces = append(pieces, s[:at+keep])
		s = s[at+len(sep):]
	}
	return append(pieces, s)
}

// SplitN cuts s at each sep: n > 0 gives at most n pieces, the last being
// the unsplit rest; n == 0 gives nil; n < 0 gives every piece. An empty sep
// splits between UTF-8 sequences.
func SplitN(s, sep string, n int) []string { return genSplit(s, sep, 0, n) }

// SplitAfterN is SplitN with each separator kept at the end of the piece
// before it.
func SplitAfterN(s, sep string, n int) []string {
	return genSplit(s, sep, len(sep), n)
}

// Split cuts s at every sep. Without any sep in s the result is just s.
func Split(s, sep string) []string { return genSplit(s, sep, 0, -1) }

// SplitAfter cuts s just after every sep.
func SplitAfter(s, sep string) []string {
	return genSplit(s, sep, len(sep), -1)
}

// eachField finds the maximal runs of runes in s for which isSep is false
// and calls visit with each run, stopping early if visit returns false.
// isSep is called once per rune, in order.
func eachField(s string, isSep func(rune) bool, visit func(field string) bool) {
	start := -1
	for at, r := range s {
		if !isSep(r) {
			if start < 0 {
				start = at
			}
			continue
		}
		if start >= 0 {
			if !visit(s[start:at]) {
				return
			}
			start = -1
		}
	}
	if start >= 0 {
		visit(s[start:])
	}
}

// Fields cuts s around runs of Unicode white space; white space alone
// gives an empty (not nil) result.
func Fields(s string) []string {
	count := 0
	eachField(s, unicode.IsSpace, func(string) bool {
		count++
		return true
	})
	fields := make([]string, 0, count)
	eachField(s, unicode.IsSpace, func(field string) bool {
		fields = append(fields, field)
		return true
	})
	return fields
}

// FieldsFunc cuts s around runs of runes for which f is true, calling f
// exactly once per rune in order.
func FieldsFunc(s string, f func(rune) bool) []string {
	fields := []string{}
	eachField(s, f, func(field string) bool {
		fields = append(fields, field)
		return true
	})
	// Drop the spare capacity append left behind.
	return fields[:len(fields):len(fields)]
}
