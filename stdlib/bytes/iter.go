package bytes

import (
	"iter"
	"unicode"
	"unicode/utf8"
)

// Lines iterates over the lines of s, each ending in its "\n" except
// possibly the last. The lines alias s with no spare capacity. The
// iterator consumes s as it goes, so it is meant to be ranged over once.
func Lines(s []byte) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		for len(s) > 0 {
			end := len(s)
			if nl := IndexByte(s, '\n'); nl >= 0 {
				end = nl + 1
			}
			line := s[:end:end]
			s = s[end:]
			if !yield(line) {
				return
			}
		}
	}
}

// splitSeq iterates over the pieces of s around sep, leaving keep bytes of
// each separator on the piece before it. Like Lines it advances s itself
// after every piece the consumer accepts.
func splitSeq(s, sep []byte, keep int) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		if len(sep) == 0 {
			// One piece per UTF-8 sequence.
			for len(s) > 0 {
				_, size := utf8.DecodeRune(s)
				if !yield(s[:size:size]) {
					return
				}
				s = s[size:]
			}
			return
		}
		for at := Index(s, sep); at >= 0; at = Index(s, sep) {
			end := at + keep
			if !yield(s[:end:end]) {
				return
			}
			s = s[at+len(sep):]
		}
		yield(s[:len(s):len(s)])
	}
}

// SplitSeq iterates over the pieces Split would return.
func SplitSeq(s, sep []byte) iter.Seq[[]byte] { return splitSeq(s, sep, 0) }

// SplitAfterSeq iterates over the pieces SplitAfter would return.
func SplitAfterSeq(s, sep []byte) iter.Seq[[]byte] { return splitSeq(s, sep, len(sep)) }

// FieldsSeq iterates over the fields Fields would return.
func FieldsSeq(s []byte) iter.Seq[[]byte] {
	return FieldsFuncSeq(s, unicode.IsSpace)
}

// FieldsFuncSeq iterates over the fields FieldsFunc would return.
func FieldsFuncSeq(s []byte, f func(rune) bool) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		eachField(s, f, func(lo, hi int) bool {
			return yield(s[lo:hi:hi])
		})
	}
}
