// Package path is gorun's implementation of Go's path package: lexical
// manipulation of slash-separated paths (URLs, io/fs paths). It has no
// native functions.
package path

import (
	"errors"
	"unicode/utf8"
)

// Clean returns the shortest path equivalent to path by purely lexical
// processing: repeated slashes become one, "." elements are removed, and
// each ".." removes the element before it (or, at the root of a rooted
// path, just itself). The empty path becomes ".".
func Clean(path string) string {
	if path == "" {
		return "."
	}
	rooted := path[0] == '/'
	var out []byte
	if rooted {
		out = append(out, '/')
	}
	// dotdot is the length of out that ".." may not back up past.
	dotdot := len(out)
	for i := 0; i < len(path); {
		// Find the next element path[i:j].
		for i < len(path) && path[i] == '/' {
			i++
		}
		j := i
		for j < len(path) && path[j] != '/' {
			j++
		}
		elem := path[i:j]
		i = j
		switch elem {
		case "", ".":
			// Nothing.
		case "..":
			switch {
			case len(out) > dotdot:
				// Back up over the last element and its separator.
				k := len(out) - 1
				for k > dotdot && out[k] != '/' {
					k--
				}
				out = out[:k]
			case !rooted:
				// A relative path keeps leading "..".
				if len(out) > 0 {
					out = append(out, '/')
				}
				out = append(out, ".."...)
				dotdot = len(out)
			}
		default:
			if len(out) > 0 && out[len(out)-1] != '/' {
				out = append(out, '/')
			}
			out = append(out, elem...)
		}
	}
	if len(out) == 0 {
		return "."
	}
	return string(out)
}

// lastSlash returns the index of the last slash in s, or -1.
func lastSlash(s string) int {
	i := len(s) - 1
	for i >= 0 && s[i] != '/' {
		i--
	}
	return i
}

// Split splits path after its last slash into a directory and a file
// name; dir ends with the slash (or is empty).
func Split(path string) (dir, file string) {
	cut := lastSlash(path) + 1
	return path[:cut], path[cut:]
}

// Join joins the non-empty elements with slashes and cleans the result;
// it returns "" if all the elements are empty.
func Join(elem ...string) string {
	// Empty elements before the first non-empty one are dropped; later
	// ones only add a slash, which Clean removes again.
	for first, e := range elem {
		if e == "" {
			continue
		}
		joined := e
		for _, more := range elem[first+1:] {
			joined += "/" + more
		}
		return Clean(joined)
	}
	return ""
}

// Ext returns the file name extension of path: the suffix from the last
// dot in the final element, or "" if it has none.
func Ext(path string) string {
	last := path[lastSlash(path)+1:]
	for k := len(last) - 1; k >= 0; k-- {
		if last[k] == '.' {
			return last[k:]
		}
	}
	return ""
}

// Base returns the last element of path, without trailing slashes: "."
// for an empty path, "/" for a path of only slashes.
func Base(path string) string {
	end := len(path)
	for end > 0 && path[end-1] == '/' {
		end--
	}
	switch {
	case path == "":
		return "."
	case end == 0:
		return "/"
	}
	trimmed := path[:end]
	return trimmed[lastSlash(trimmed)+1:]
}

// IsAbs reports whether path is absolute (starts with a slash).
func IsAbs(path string) bool {
	return path != "" && path[0] == '/'
}

// Dir returns all but the last element of path, cleaned: "." if there is
// nothing left.
func Dir(path string) string {
	return Clean(path[:lastSlash(path)+1])
}

// ErrBadPattern reports a malformed pattern.
var ErrBadPattern = errors.New("syntax error in pattern")

// Match reports whether name matches the shell pattern:
//
//	'*'         any sequence of non-/ characters
//	'?'         any single non-/ character
//	'[' [ '^' ] { range } ']'
//	            a character class (ranges are c or lo-hi)
//	'\\' c      c itself
//
// The whole of name must match. The only error is ErrBadPattern, which is
// reported for a malformed pattern even when the match already failed.
func Match(pattern, name string) (matched bool, err error) {
	// The pattern is a series of chunks, each some stars followed by
	// star-free text. A chunk's text is matched at the start of what is
	// left of name or, after a star, at the first place (not past a slash)
	// where it fits; like Go, there is no backtracking to a later place.
	for pattern != "" {
		star, text, more := nextChunk(pattern)
		pattern = more
		if star && text == "" {
			// A trailing star takes the rest of the element.
			return lastSlash(name) < 0, nil
		}
		pieces, valid := compileChunk(text)
		if !valid {
			return false, ErrBadPattern
		}
		last := pattern == ""
		if rest, ok := matchPieces(pieces, name); ok && (rest == "" || !last) {
			name = rest
			continue
		}
		found := false
		for skip := 0; star && !found && skip < len(name) && name[skip] != '/'; skip++ {
			rest, ok := matchPieces(pieces, name[skip+1:])
			if ok && (rest == "" || !last) {
				name, found = rest, true
			}
		}
		if found {
			continue
		}
		// No match, but a syntax error further on still has to be
		// reported.
		for pattern != "" {
			_, text, pattern = nextChunk(pattern)
			if _, valid := compileChunk(text); !valid {
				return false, ErrBadPattern
			}
		}
		return false, nil
	}
	return name == "", nil
}

// nextChunk splits pattern into its leading stars (star tells whether
// there were any), the text up to the next star that is not escaped or
// inside a character class, and the rest.
func nextChunk(pattern string) (star bool, text, rest string) {
	start := 0
	for start < len(pattern) && pattern[start] == '*' {
		start++
	}
	star = start > 0
	inClass := false
	for k := start; k < len(pattern); k++ {
		switch c := pattern[k]; {
		case c == '\\' && k+1 < len(pattern):
			k++ // the escaped byte is never special
		case c == '[':
			inClass = true
		case c == ']':
			inClass = false
		case c == '*' && !inClass:
			return star, pattern[start:k], pattern[k:]
		}
	}
	return star, pattern[start:], ""
}

// A piece is one element of a compiled chunk: it matches one byte (a
// literal), one character other than a slash (?), or one character in
// (or, negated, not in) a class.
type piece struct {
	kind    byte // 'b' literal byte, '?' any character, '[' class
	literal byte
	negated bool
	ranges  []rune // pairs lo, hi
}

// compileChunk parses star-free pattern text; valid is false if it is
// malformed.
func compileChunk(text string) (pieces []piece, valid bool) {
	for text != "" {
		switch text[0] {
		case '?':
			pieces = append(pieces, piece{kind: '?'})
			text = text[1:]
		case '\\':
			if len(text) == 1 {
				return nil, false // nothing left to escape
			}
			pieces = append(pieces, piece{kind: 'b', literal: text[1]})
			text = text[2:]
		case '[':
			class, rest, ok := compileClass(text[1:])
			if !ok {
				return nil, false
			}
			pieces = append(pieces, class)
			text = rest
		default:
			pieces = append(pieces, piece{kind: 'b', literal: text[0]})
			text = text[1:]
		}
	}
	return pieces, true
}

// compileClass parses a character class after its '[': an optional '^',
// then one or more characters or lo-hi ranges, then ']'.
func compileClass(text string) (class piece, rest string, ok bool) {
	class.kind = '['
	if text != "" && text[0] == '^' {
		class.negated = true
		text = text[1:]
	}
	for {
		if len(class.ranges) > 0 && text != "" && text[0] == ']' {
			return class, text[1:], true
		}
		var lo, hi rune
		if lo, text, ok = classRune(text); !ok {
			return class, "", false
		}
		hi = lo
		if text[0] == '-' {
			if hi, text, ok = classRune(text[1:]); !ok {
				return class, "", false
			}
		}
		class.ranges = append(class.ranges, lo, hi)
	}
}

// classRune reads one character of a class, possibly escaped. It may not
// be an unescaped '-' or ']', must be valid UTF-8, and must not end the
// pattern (the class is still open).
func classRune(text string) (r rune, rest string, ok bool) {
	if text == "" || text[0] == '-' || text[0] == ']' {
		return 0, "", false
	}
	if text[0] == '\\' {
		text = text[1:]
	}
	r, size := utf8.DecodeRuneInString(text)
	if size == 0 || (r == utf8.RuneError && size == 1) || size == len(text) {
		return 0, "", false
	}
	return r, text[size:], true
}

// matchPieces matches the pieces one by one against the start of s and
// returns what follows.
func matchPieces(pieces []piece, s string) (rest string, ok bool) {
	for k := range pieces {
		if s == "" {
			return "", false
		}
		p := &pieces[k]
		switch p.kind {
		case 'b':
			if s[0] != p.literal {
				return "", false
			}
			s = s[1:]
		case '?':
			if s[0] == '/' {
				return "", false
			}
			_, size := utf8.DecodeRuneInString(s)
			s = s[size:]
		default:
			r, size := utf8.DecodeRuneInString(s)
			s = s[size:]
			if p.inClass(r) == p.negated {
				return "", false
			}
		}
	}
	return s, true
}

// inClass reports whether r falls in one of the class's ranges.
func (p *piece) inClass(r rune) bool {
	for k := 0; k+1 < len(p.ranges); k += 2 {
		if p.ranges[k] <= r && r <= p.ranges[k+1] {
			return true
		}
	}
	return false
}
