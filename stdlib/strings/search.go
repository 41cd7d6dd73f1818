package strings

import "unicode/utf8"

// IndexByte finds the first c in s and returns its index, or -1.
func IndexByte(s string, c byte) int {
	for i := range len(s) {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// LastIndexByte finds the last c in s and returns its index, or -1.
func LastIndexByte(s string, c byte) int {
	i := len(s) - 1
	for i >= 0 && s[i] != c {
		i--
	}
	return i
}

// Index finds the first occurrence of substr in s and returns its index,
// or -1. An empty substr is found at 0.
func Index(s, substr string) int {
	switch {
	case len(substr) == 0:
		return 0
	case len(substr) == 1:
		return IndexByte(s, substr[0])
	case len(substr) > len(s):
		return -1
	}
	lastStart := len(s) - len(substr)
	for from := 0; from <= lastStart; from++ {
		// Jump to the next place the first byte matches.
		skip := IndexByte(s[from:lastStart+1], substr[0])
		if skip < 0 {
			break
		}
		from += skip
		if s[from:from+len(substr)] == substr {
			return from
		}
	}
	return -1
}

// LastIndex finds the last occurrence of substr in s and returns its
// index, or -1. An empty substr is found at len(s).
func LastIndex(s, substr string) int {
	switch {
	case len(substr) == 0:
		return len(s)
	case len(substr) == 1:
		return LastIndexByte(s, substr[0])
	}
	for at := len(s) - len(substr); at >= 0; at-- {
		if s[at] == substr[0] && s[at:at+len(substr)] == substr {
			return at
		}
	}
	return -1
}

// IndexRune returns the index of the first r in s, or -1. Searching for
// utf8.RuneError also matches bytes that are not valid UTF-8; a rune
// outside the valid range is never found.
func IndexRune(s string, r rune) int {
	if 0 <= r && r < utf8.RuneSelf {
		return IndexByte(s, byte(r))
	}
	if r == utf8.RuneError {
		return indexFunc(s, func(c rune) bool { return c == utf8.RuneError }, true)
	}
	if !utf8.ValidRune(r) {
		return -1
	}
	return Index(s, string(r))
}

// inSet reports whether ranging over set yields r (an invalid byte of set
// yields utf8.RuneError).
func inSet(set string, r rune) bool {
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}

// IndexAny returns the index of the first rune of s that appears in chars,
// or -1.
func IndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	return indexFunc(s, func(r rune) bool { return inSet(chars, r) }, true)
}

// LastIndexAny returns the index of the last rune of s that appears in
// chars, or -1.
func LastIndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	return lastIndexFunc(s, func(r rune) bool { return inSet(chars, r) }, true)
}

// IndexFunc returns the index of the first rune of s for which f is true,
// or -1.
func IndexFunc(s string, f func(rune) bool) int {
	return indexFunc(s, f, true)
}

// LastIndexFunc returns the index of the last rune of s for which f is
// true, or -1.
func LastIndexFunc(s string, f func(rune) bool) int {
	return lastIndexFunc(s, f, true)
}

// indexFunc returns the start of the first rune of s for which f returns
// want, or -1.
func indexFunc(s string, f func(rune) bool, want bool) int {
	for at, r := range s {
		if f(r) == want {
			return at
		}
	}
	return -1
}

// lastIndexFunc walks s backwards and returns the start of the last rune
// for which f returns want, or -1.
func lastIndexFunc(s string, f func(rune) bool, want bool) int {
	for end := len(s); end > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:end])
		end -= size
		if f(r) == want {
			return end
		}
	}
	return -1
}

// Contains reports whether substr occurs within s.
func Contains(s, substr string) bool {
	return Index(s, substr) >= 0
}

// ContainsAny reports whether s holds any of the runes of chars.
func ContainsAny(s, chars string) bool {
	return IndexAny(s, chars) >= 0
}

// ContainsRune reports whether s holds the rune r.
func ContainsRune(s string, r rune) bool {
	return IndexRune(s, r) >= 0
}

// ContainsFunc reports whether f is true for some rune of s.
func ContainsFunc(s string, f func(rune) bool) bool {
	return IndexFunc(s, f) >= 0
}

// Count returns how many non-overlapping copies of substr occur in s. An
// empty substr counts once per rune plus once more.
func Count(s, substr string) int {
	if substr == "" {
		return utf8.RuneCountInString(s) + 1
	}
	total := 0
	if len(substr) == 1 {
		for i := range len(s) {
			if s[i] == substr[0] {
				total++
			}
		}
		return total
	}
	for {
		at := Index(s, substr)
		if at < 0 {
			return total
		}
		total++
		s = s[at+len(substr):]
	}
}
