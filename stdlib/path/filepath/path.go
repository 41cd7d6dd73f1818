// Package filepath is gorun's implementation of Go's path/filepath
// package for Unix systems: manipulating file name paths and walking file
// trees. It has no native functions.
package filepath

import (
	"errors"
	"io/fs"
	"os"
	pathpkg "path"
	"strings"
	"syscall"
)

// Separators of paths and path lists.
const (
	Separator     = os.PathSeparator
	ListSeparator = os.PathListSeparator
)

// ErrBadPattern reports a malformed pattern.
var ErrBadPattern = errors.New("syntax error in pattern")

// Clean returns the shortest path equivalent to path by purely lexical
// processing (see path.Clean).
func Clean(path string) string { return pathpkg.Clean(path) }

// Join joins the non-empty elements with separators and cleans the
// result.
func Join(elem ...string) string { return pathpkg.Join(elem...) }

// Split splits path after its last separator into a directory and a file
// name.
func Split(path string) (dir, file string) {
	i := len(path) - 1
	for i >= 0 && !os.IsPathSeparator(path[i]) {
		i--
	}
	return path[:i+1], path[i+1:]
}

// Base returns the last element of path (see path.Base).
func Base(path string) string { return pathpkg.Base(path) }

// Dir returns all but the last element of path, cleaned.
func Dir(path string) string { return pathpkg.Dir(path) }

// Ext returns the file name extension of path.
func Ext(path string) string { return pathpkg.Ext(path) }

// IsAbs reports whether path is absolute.
func IsAbs(path string) bool {
	return strings.HasPrefix(path, "/")
}

// HasPrefix reports whether p begins with prefix.
//
// Deprecated: it does not respect path boundaries and ignores case where
// required.
func HasPrefix(p, prefix string) bool {
	return strings.HasPrefix(p, prefix)
}

// ToSlash returns path with separators replaced by slashes (unchanged on
// Unix).
func ToSlash(path string) string { return path }

// FromSlash returns path with slashes replaced by separators (unchanged on
// Unix).
func FromSlash(path string) string { return path }

// VolumeName returns the leading volume name of path: always "" on Unix.
func VolumeName(path string) string { return "" }

// SplitList splits a list of paths joined by ListSeparator, such as $PATH.
// An empty string gives an empty list.
func SplitList(path string) []string {
	if path == "" {
		return []string{}
	}
	return strings.Split(path, string(ListSeparator))
}

// IsLocal reports whether path, read lexically, stays within the
// directory it is evaluated in: it is not absolute, not empty, and does
// not escape with "..".
func IsLocal(path string) bool {
	if IsAbs(path) || path == "" {
		return false
	}
	hasDots := false
	for p := path; p != ""; {
		var part string
		part, p, _ = strings.Cut(p, "/")
		if part == "." || part == ".." {
			hasDots = true
			break
		}
	}
	if hasDots {
		path = Clean(path)
	}
	if path == ".." || strings.HasPrefix(path, "../") {
		return false
	}
	return true
}

var errInvalidPath = errors.New("invalid path")

// Localize converts a slash-separated path (valid for io/fs) to an OS
// path.
func Localize(path string) (string, error) {
	if !fs.ValidPath(path) {
		return "", errInvalidPath
	}
	if strings.IndexByte(path, 0) >= 0 {
		return "", errInvalidPath
	}
	return path, nil
}

// Abs returns an absolute form of path, joining it to the current
// directory if it is relative.
func Abs(path string) (string, error) {
	if IsAbs(path) {
		return Clean(path), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, path), nil
}

// Rel returns a relative path that leads from basePath to targPath
// lexically, or an error if there is none.
func Rel(basePath, targPath string) (string, error) {
	base := Clean(basePath)
	targ := Clean(targPath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	baseRooted := len(base) > 0 && base[0] == Separator
	targRooted := len(targ) > 0 && targ[0] == Separator
	if baseRooted != targRooted {
		return "", errors.New("Rel: can't make " + targPath + " relative to " + basePath)
	}
	// Find the first element where they differ: base[b0:bi], targ[t0:ti].
	bl, tl := len(base), len(targ)
	var b0, bi, t0, ti int
	for {
		for bi < bl && base[bi] != Separator {
			bi++
		}
		for ti < tl && targ[ti] != Separator {
			ti++
		}
		if targ[t0:ti] != base[b0:bi] {
			break
		}
		if bi < bl {
			bi++
		}
		if ti < tl {
			ti++
		}
		b0 = bi
		t0 = ti
	}
	if base[b0:bi] == ".." {
		return "", errors.New("Rel: can't make " + targPath + " relative to " + basePath)
	}
	if b0 != bl {
		// Go up out of the rest of base, then down into targ.
		up := strings.Count(base[b0:bl], string(Separator))
		var b strings.Builder
		b.WriteString("..")
		for i := 0; i < up; i++ {
			b.WriteString("/..")
		}
		if t0 != tl {
			b.WriteByte(Separator)
			b.WriteString(targ[t0:])
		}
		return Clean(b.String()), nil
	}
	return targ[t0:], nil
}

// EvalSymlinks returns path with all symbolic links resolved, cleaned.
// Relative links are resolved relative to the directory holding them.
func EvalSymlinks(path string) (string, error) {
	rootLen := 0
	if rootLen < len(path) && os.IsPathSeparator(path[rootLen]) {
		rootLen++
	}
	root := path[:rootLen]
	dest := root
	links := 0
	for start, end := rootLen, rootLen; start < len(path); start = end {
		for start < len(path) && os.IsPathSeparator(path[start]) {
			start++
		}
		end = start
		for end < len(path) && !os.IsPathSeparator(path[end]) {
			end++
		}
		if end == start {
			break
		}
		elem := path[start:end]
		if elem == "." {
			continue
		}
		if elem == ".." {
			// Drop the last element of dest, unless it is ".." too.
			r := len(dest) - 1
			for r >= rootLen && !os.IsPathSeparator(dest[r]) {
				r--
			}
			if r < rootLen || dest[r+1:] == ".." {
				if len(dest) > rootLen {
					dest += "/"
				}
				dest += ".."
			} else {
				dest = dest[:r]
			}
			continue
		}
		if len(dest) > 0 && !os.IsPathSeparator(dest[len(dest)-1]) {
			dest += "/"
		}
		dest += elem
		fi, err := os.Lstat(dest)
		if err != nil {
			return "", err
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			if !fi.Mode().IsDir() && end < len(path) {
				return "", syscall.ENOTDIR
			}
			continue
		}
		links++
		if links > 255 {
			return "", errors.New("EvalSymlinks: too many links")
		}
		link, err := os.Readlink(dest)
		if err != nil {
			return "", err
		}
		path = link + path[end:]
		if len(link) > 0 && os.IsPathSeparator(link[0]) {
			dest = link[:1]
			end = 1
			root = link[:1]
			rootLen = 1
		} else {
			r := len(dest) - 1
			for r >= rootLen && !os.IsPathSeparator(dest[r]) {
				r--
			}
			if r < rootLen {
				dest = root
			} else {
				dest = dest[:r]
			}
			end = 0
		}
	}
	return Clean(dest), nil
}
