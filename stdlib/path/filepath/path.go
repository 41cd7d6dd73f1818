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
	return len(p) >= len(prefix) && p[:len(prefix)] == prefix
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
	if path != "" {
		return strings.Split(path, string(ListSeparator))
	}
	// Unlike strings.Split, an empty list is empty.
	return []string{}
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
	if !IsAbs(path) {
		wd, err := os.Getwd()
		if err != nil {
			return "", err
		}
		path = wd + string(Separator) + path
	}
	return Clean(path), nil
}

// Rel returns a relative path that leads from basePath to targPath
// lexically, or an error if there is none.
func Rel(basePath, targPath string) (string, error) {
	base, targ := Clean(basePath), Clean(targPath)
	if base == targ {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	if IsAbs(base) != IsAbs(targ) {
		return "", errors.New("Rel: can't make " + targPath + " relative to " + basePath)
	}
	from, to := elements(base), elements(targ)
	same := 0
	for same < len(from) && same < len(to) && from[same] == to[same] {
		same++
	}
	if same == len(from) {
		// base is a prefix of targ: just go down.
		return strings.Join(to[same:], string(Separator)), nil
	}
	if from[same] == ".." {
		// Going up out of a ".." would need to know its name.
		return "", errors.New("Rel: can't make " + targPath + " relative to " + basePath)
	}
	steps := make([]string, 0, len(from)-same+len(to)-same)
	for range from[same:] {
		steps = append(steps, "..")
	}
	steps = append(steps, to[same:]...)
	return Clean(strings.Join(steps, string(Separator))), nil
}

// elements splits a cleaned path into its names, leaving out the root
// ("" and "/" have none).
func elements(p string) []string {
	p = strings.TrimPrefix(p, string(Separator))
	if p == "" {
		return nil
	}
	return strings.Split(p, string(Separator))
}

// EvalSymlinks returns path with all symbolic links resolved, cleaned.
// Relative links are resolved relative to the directory holding them.
func EvalSymlinks(path string) (string, error) {
	// walked is the prefix resolved so far; rootLen is the length of its
	// root ("/" or nothing), which ".." never backs up over.
	walked, rootLen := "", 0
	if strings.HasPrefix(path, string(Separator)) {
		walked, rootLen = string(Separator), 1
	}
	rest := path[rootLen:]
	hops := 0
	for {
		rest = strings.TrimLeft(rest, string(Separator))
		if rest == "" {
			break
		}
		elem := rest
		if cut := strings.IndexByte(rest, Separator); cut >= 0 {
			elem = rest[:cut]
		}
		rest = rest[len(elem):]
		switch elem {
		case ".":
			continue
		case "..":
			walked = upOne(walked, rootLen)
			continue
		}
		next := walked
		if next != "" && !os.IsPathSeparator(next[len(next)-1]) {
			next += string(Separator)
		}
		next += elem
		info, err := os.Lstat(next)
		if err != nil {
			return "", err
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			// Anything (even a slash) after a non-directory is an error.
			if !info.Mode().IsDir() && rest != "" {
				return "", syscall.ENOTDIR
			}
			walked = next
			continue
		}
		if hops++; hops > 255 {
			return "", errors.New("EvalSymlinks: too many links")
		}
		target, err := os.Readlink(next)
		if err != nil {
			return "", err
		}
		// Continue with the link's text in place of its name: from the
		// root for an absolute target, else from the link's directory
		// (walked, unchanged).
		if strings.HasPrefix(target, string(Separator)) {
			walked, rootLen = string(Separator), 1
			target = target[1:]
		}
		rest = target + rest
	}
	return Clean(walked), nil
}

// upOne applies ".." to walked: it drops the last name after the root,
// unless there is none or it is ".." itself, in which case ".." is added.
func upOne(walked string, rootLen int) string {
	slash := strings.LastIndexByte(walked[rootLen:], Separator)
	if slash < 0 || walked[rootLen+slash+1:] == ".." {
		if len(walked) > rootLen {
			walked += string(Separator)
		}
		return walked + ".."
	}
	return walked[:rootLen+slash]
}
