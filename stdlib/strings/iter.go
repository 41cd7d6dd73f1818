package strings

import (
	"iter"
	"unicode"
	"unicode/utf8"
)

// Lines iterates over the lines of s, each ending in its "\n" except
// possibly the last. The iterator consumes s as it goes, so it is meant to
// be ranged over once.
func Lines(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for s != "" {
			end := len(s)
			if nl := IndexByte(s, '\n'); nl >= 0 {
				end = nl + 1
			}
			line := s[:end]
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
func splitSeq(s, sep string, keep int) iter.Seq[string] {
	return func(yield func(string) bool) {
		if sep == "" {
			// One piece per UTF-8 sequence.
			for s != "" {
				_, size := utf8.DecodeRuneInString(s)
				if !yield(s[:size]) {
					return
				}
				s = s[size:]
			}
			return
		}
		for at := Index(s, sep); at >= 0; at = Index(s, sep) {
			if !yield(s[:at+keep]) {
				return
			}
			s = s[at+len(sep):]
		}
		yield(s)
	}
}

// SplitSeq iterates over the pieces Split would return.
func SplitSeq(s, sep string) iter.Seq[string] {
	return splitSeq(s, sep, 0)
}

// SplitAfterSeq iterates over the pieces SplitAfter would return.
func SplitAfterSeq(s, sep string) iter.Seq[string] {
	return splitSeq(s, sep, len(sep))
}

// FieldsSeq iterates over the fields Fields would return.
func FieldsSeq(s string) iter.Seq[string] {
	return FieldsFuncSeq(s, unicode.IsSpace)
}

// FieldsFuncSeq iterates over the fields FieldsFunc would return.
func FieldsFuncSeq(s string, f func(rune) bool) iter.Seq[string] {
	return func(yield func(string) bool) {
		eachField(s, f, yield)
	}
}
