package bytes

import (
	"unicode"
	"unicode/utf8"
)

// explode cuts s into one piece per UTF-8 sequence (each invalid byte on
// its own), stopping at n pieces when n > 0; the final piece then holds
// the remainder. Pieces other than a remainder have no spare capacity.
func explode(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	pieces := make([][]byte, 0, n)
	for len(s) > 0 {
		if len(pieces) == n-1 {
			pieces = append(pieces, s)
			break
		}
		_, size := utf8.DecodeRune(s)
		pieces = append(pieces, s[:size:size])
		s = s[size:]
	}
	return pieces
}

// genSplit cuts s at instances of sep into at most n pieces (no limit for
// n < 0), leaving the first keep bytes of each separator on the piece
// before it. Every piece but the last has no spare capacity.
func genSplit(s, sep []byte, keep, n int) [][]byte {
	switch {
	case n == 0:
		return nil
	case len(sep) == 0:
		return explode(s, n)
	case n < 0:
		n = Count(s, sep) + 1
	}
	pieces := make([][]byte, 0, min(n, len(s)+1))
	for len(pieces)+1 < cap(pieces) {
		at := Index(s, sep)
		if at < 0 {
			break
		}
		pieces = append(pieces, s[:at+keep:at+keep])
		s = s[at+len(sep):]
	}
	return append(pieces, s)
}

// SplitN cuts s at each sep: n > 0 gives at most n pieces, the last being
// the unsplit rest; n == 0 gives nil; n < 0 gives every piece.
func SplitN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, 0, n) }

// SplitAfterN is SplitN with each separator kept at the end of the piece
// before it.
func SplitAfterN(s, sep []byte, n int) [][]byte {
	return genSplit(s, sep, len(sep), n)
}

// Split cuts s at every sep; an empty sep splits between UTF-8 sequences.
func Split(s, sep []byte) [][]byte { return genSplit(s, sep, 0, -1) }

// SplitAfter cuts s just after every sep.
func SplitAfter(s, sep []byte) [][]byte {
	return genSplit(s, sep, len(sep), -1)
}

// eachField finds the maximal runs of runes in s for which isSep is false
// and calls visit with the bounds of each in turn, stopping early if visit
// returns false. isSep is called once per rune, in order.
func eachField(s []byte, isSep func(rune) bool, visit func(lo, hi int) bool) {
	start := -1
	for pos := 0; pos < len(s); {
		r, size := utf8.DecodeRune(s[pos:])
		if !isSep(r) {
			if start < 0 {
				start = pos
			}
		} else if start >= 0 {
			if !visit(start, pos) {
				return
			}
			start = -1
		}
		pos += size
	}
	if start >= 0 {
		visit(start, len(s))
	}
}

// Fields cuts s around runs of Unicode white space. The fields alias s but
// have no spare capacity; white space alone gives an empty result.
func Fields(s []byte) [][]byte {
	count := 0
	eachField(s, unicode.IsSpace, func(lo, hi int) bool {
		count++
		return true
	})
	fields := make([][]byte, 0, count)
	eachField(s, unicode.IsSpace, func(lo, hi int) bool {
		fields = append(fields, s[lo:hi:hi])
		return true
	})
	return fields
}

// FieldsFunc cuts s around runs of runes for which f is true, calling f
// exactly once per rune in order.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	var bounds []int
	eachField(s, f, func(lo, hi int) bool {
		bounds = append(bounds, lo, hi)
		return true
	})
	fields := make([][]byte, len(bounds)/2)
	for k := range fields {
		lo, hi := bounds[2*k], bounds[2*k+1]
		fields[k] = s[lo:hi:hi]
	}
	return fields
}
