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
	i := lastSlash(path)
	return path[:i+1], path[i+1:]
}

// Join joins the non-empty elements with slashes and cleans the result;
// it returns "" if all the elements are empty.
func Join(elem ...string) string {
	size := 0
	for _, e := range elem {
		size += len(e)
	}
	if size == 0 {
		return ""
	}
	b := make([]byte, 0, size+len(elem)-1)
	for _, e := range elem {
		if len(b) > 0 || e != "" {
			if len(b) > 0 {
				b = append(b, '/')
			}
			b = append(b, e...)
		}
	}
	return Clean(string(b))
}

// Ext returns the file name extension of path: the suffix from the last
// dot in the final element, or "" if it has none.
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base returns the last element of path, without trailing slashes: "."
// for an empty path, "/" for a path of only slashes.
func Base(path string) string {
	if path == "" {
		return "."
	}
	for len(path) > 0 && path[len(path)-1] == '/' {
		path = path[0 : len(path)-1]
	}
	if i := lastSlash(path); i >= 0 {
		path = path[i+1:]
	}
	if path == "" {
		return "/"
	}
	return path
}

// IsAbs reports whether path is absolute (starts with a slash).
func IsAbs(path string) bool {
	return len(path) > 0 && path[0] == '/'
}

// Dir returns all but the last element of path, cleaned: "." if there is
// nothing left.
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
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
outer:
	for len(pattern) > 0 {
		var star bool
		var chunk string
		star, chunk, pattern = scanChunk(pattern)
		if star && chunk == "" {
			// A trailing star matches the rest of the element.
			return lastSlash(name) < 0, nil
		}
		rest, ok, err := matchChunk(chunk, name)
		// Without a star the chunk must match here; at the end of the
		// pattern it must also use up the name.
		if ok && (len(rest) == 0 || len(pattern) > 0) {
			name = rest
			continue
		}
		if err != nil {
			return false, err
		}
		if star {
			// Let the star absorb more characters, but not a slash.
			for i := 0; i < len(name) && name[i] != '/'; i++ {
				rest, ok, err := matchChunk(chunk, name[i+1:])
				if ok {
					if len(pattern) == 0 && len(rest) > 0 {
						continue
					}
					name = rest
					continue outer
				}
				if err != nil {
					return false, err
				}
			}
		}
		// No match; still check the rest of the pattern for syntax.
		for len(pattern) > 0 {
			_, chunk, pattern = scanChunk(pattern)
			if _, _, err := matchChunk(chunk, ""); err != nil {
				return false, err
			}
		}
		return false, nil
	}
	return len(name) == 0, nil
}

// scanChunk splits off the next chunk of pattern: leading stars (star
// reports whether there were any) and the text up to the next star outside
// a character class.
func scanChunk(pattern string) (star bool, chunk, rest string) {
	for len(pattern) > 0 && pattern[0] == '*' {
		pattern = pattern[1:]
		star = true
	}
	inClass := false
	for i := 0; i < len(pattern); i++ {
		switch pattern[i] {
		case '\\':
			if i+1 < len(pattern) {
				i++
			}
		case '[':
			inClass = true
		case ']':
			inClass = false
		case '*':
			if !inClass {
				return star, pattern[:i], pattern[i:]
			}
		}
	}
	return star, pattern, ""
}

// matchChunk matches chunk (which has no stars) against the start of s
// and returns the rest of s. Even after a mismatch it reads the whole
// chunk, to report syntax errors.
func matchChunk(chunk, s string) (rest string, ok bool, err error) {
	failed := false
	for len(chunk) > 0 {
		failed = failed || len(s) == 0
		switch chunk[0] {
		case '[':
			var r rune
			if !failed {
				var n int
				r, n = utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
			negated := false
			if len(chunk) > 0 && chunk[0] == '^' {
				negated = true
				chunk = chunk[1:]
			}
			match := false
			ranges := 0
			for {
				if len(chunk) > 0 && chunk[0] == ']' && ranges > 0 {
					chunk = chunk[1:]
					break
				}
				var lo, hi rune
				if lo, chunk, err = classChar(chunk); err != nil {
					return "", false, err
				}
				hi = lo
				if chunk[0] == '-' {
					if hi, chunk, err = classChar(chunk[1:]); err != nil {
						return "", false, err
					}
				}
				match = match || lo <= r && r <= hi
				ranges++
			}
			failed = failed || match == negated
		case '?':
			if !failed {
				failed = s[0] == '/'
				_, n := utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
		case '\\':
			chunk = chunk[1:]
			if len(chunk) == 0 {
				return "", false, ErrBadPattern
			}
			if !failed {
				failed = chunk[0] != s[0]
				s = s[1:]
			}
			chunk = chunk[1:]
		default:
			if !failed {
				failed = chunk[0] != s[0]
				s = s[1:]
			}
			chunk = chunk[1:]
		}
	}
	if failed {
		return "", false, nil
	}
	return s, true, nil
}

// classChar reads one possibly escaped character of a character class.
// Something must follow it in the class.
func classChar(chunk string) (r rune, rest string, err error) {
	if len(chunk) == 0 || chunk[0] == '-' || chunk[0] == ']' {
		return 0, chunk, ErrBadPattern
	}
	if chunk[0] == '\\' {
		chunk = chunk[1:]
		if len(chunk) == 0 {
			return 0, chunk, ErrBadPattern
		}
	}
	r, n := utf8.DecodeRuneInString(chunk)
	if r == utf8.RuneError && n == 1 {
		err = ErrBadPattern
	}
	rest = chunk[n:]
	if len(rest) == 0 {
		err = ErrBadPattern
	}
	return r, rest, err
}
