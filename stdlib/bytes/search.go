package bytes

import "unicode/utf8"

// IndexByte finds the first c in b and returns its index, or -1.
func IndexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// LastIndexByte finds the last c in s and returns its index, or -1.
func LastIndexByte(s []byte, c byte) int {
	i := len(s) - 1
	for i >= 0 && s[i] != c {
		i--
	}
	return i
}

// Index finds the first occurrence of sep in s and returns its index, or
// -1. An empty sep is found at 0.
func Index(s, sep []byte) int {
	switch {
	case len(sep) == 0:
		return 0
	case len(sep) == 1:
		return IndexByte(s, sep[0])
	case len(sep) > len(s):
		return -1
	}
	lastStart := len(s) - len(sep)
	for from := 0; from <= lastStart; from++ {
		// Jump to the next place the first byte matches.
		skip := IndexByte(s[from:lastStart+1], sep[0])
		if skip < 0 {
			break
		}
		from += skip
		if string(s[from:from+len(sep)]) == string(sep) {
			return from
		}
	}
	return -1
}

// LastIndex finds the last occurrence of sep in s and returns its index,
// or -1. An empty sep is found at len(s).
func LastIndex(s, sep []byte) int {
	switch {
	case len(sep) == 0:
		return len(s)
	case len(sep) == 1:
		return LastIndexByte(s, sep[0])
	}
	for at := len(s) - len(sep); at >= 0; at-- {
		if s[at] == sep[0] && string(s[at:at+len(sep)]) == string(sep) {
			return at
		}
	}
	return -1
}

// IndexRune returns the index of the first r in s, or -1. Searching for
// utf8.RuneError also matches bytes that are not valid UTF-8; a rune
// outside the valid range is never found.
func IndexRune(s []byte, r rune) int {
	if 0 <= r && r < utf8.RuneSelf {
		return IndexByte(s, byte(r))
	}
	if r == utf8.RuneError {
		return indexFunc(s, func(c rune) bool { return c == utf8.RuneError }, true)
	}
	if !utf8.ValidRune(r) {
		return -1
	}
	return Index(s, utf8.AppendRune(nil, r))
}

// containsRune reports whether ranging over the string set yields r; an
// invalid byte in set counts as utf8.RuneError.
func containsRune(set string, r rune) bool {
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}

// IndexAny returns the index of the first rune of s that appears in chars,
// or -1.
func IndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	return indexFunc(s, func(r rune) bool { return containsRune(chars, r) }, true)
}

// LastIndexAny returns the index of the last rune of s that appears in
// chars, or -1.
func LastIndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	return lastIndexFunc(s, func(r rune) bool { return containsRune(chars, r) }, true)
}

// IndexFunc returns the index of the first rune of s for which f is true,
// or -1.
func IndexFunc(s []byte, f func(r rune) bool) int {
	return indexFunc(s, f, true)
}

// LastIndexFunc returns the index of the last rune of s for which f is
// true, or -1.
func LastIndexFunc(s []byte, f func(r rune) bool) int {
	return lastIndexFunc(s, f, true)
}

// indexFunc walks s forwards, rune by rune, and returns the start of the
// first rune for which f returns want, or -1.
func indexFunc(s []byte, f func(r rune) bool, want bool) int {
	pos := 0
	for pos < len(s) {
		r, size := rune(s[pos]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s[pos:])
		}
		if f(r) == want {
			return pos
		}
		pos += size
	}
	return -1
}

// lastIndexFunc walks s backwards, rune by rune, and returns the start of
// the last rune for which f returns want, or -1.
func lastIndexFunc(s []byte, f func(r rune) bool, want bool) int {
	end := len(s)
	for end > 0 {
		r, size := rune(s[end-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRune(s[:end])
		}
		end -= size
		if f(r) == want {
			return end
		}
	}
	return -1
}

// Contains reports whether subslice occurs within b.
func Contains(b, subslice []byte) bool {
	return Index(b, subslice) >= 0
}

// ContainsAny reports whether b holds any of the runes of chars.
func ContainsAny(b []byte, chars string) bool {
	return IndexAny(b, chars) >= 0
}

// ContainsRune reports whether b holds the rune r.
func ContainsRune(b []byte, r rune) bool {
	return IndexRune(b, r) >= 0
}

// ContainsFunc reports whether f is true for some rune of b.
func ContainsFunc(b []byte, f func(rune) bool) bool {
	return IndexFunc(b, f) >= 0
}

// Count returns how many non-overlapping copies of sep occur in s. An
// empty sep counts once per rune plus once more.
func Count(s, sep []byte) int {
	if len(sep) == 0 {
		return utf8.RuneCount(s) + 1
	}
	total := 0
	if len(sep) == 1 {
		for _, c := range s {
			if c == sep[0] {
				total++
			}
		}
		return total
	}
	for {
		at := Index(s, sep)
		if at < 0 {
			return total
		}
		total++
		s = s[at+len(sep):]
	}
}
