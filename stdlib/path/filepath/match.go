package filepath

import (
	"os"
	"path"
	"strings"
)

// Match reports whether name matches the shell pattern (see path.Match).
// The only error is ErrBadPattern.
func Match(pattern, name string) (matched bool, err error) {
	matched, err = path.Match(pattern, name)
	if err == path.ErrBadPattern {
		err = ErrBadPattern
	}
	return matched, err
}

// Glob returns the names of the files matching pattern, or nil if there
// are none. I/O errors are ignored; the only error is ErrBadPattern.
func Glob(pattern string) (matches []string, err error) {
	return globDepth(pattern, 0)
}

func globDepth(pattern string, depth int) (matches []string, err error) {
	const maxDepth = 10000
	if depth == maxDepth {
		return nil, ErrBadPattern
	}
	if _, err := Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err = os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	switch dir {
	case "":
		dir = "."
	case string(Separator):
	default:
		dir = dir[:len(dir)-1]
	}
	if !hasMeta(dir) {
		return globDir(dir, file, nil)
	}
	if dir == pattern {
		return nil, ErrBadPattern
	}
	dirs, err := globDepth(dir, depth+1)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		matches, err = globDir(d, file, matches)
		if err != nil {
			return
		}
	}
	return
}

// globDir appends the names in dir matching pattern to matches.
func globDir(dir, pattern string, matches []string) ([]string, error) {
	fi, err := os.Stat(dir)
	if err != nil || !fi.IsDir() {
		return matches, nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return matches, nil
	}
	defer d.Close()
	names, _ := d.Readdirnames(-1)
	sortStrings(names)
	for _, n := range names {
		ok, err := Match(pattern, n)
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, Join(dir, n))
		}
	}
	return matches, nil
}

func hasMeta(path string) bool {
	return strings.ContainsAny(path, `*?[\`)
}

// sortStrings sorts names in increasing order (a merge sort).
func sortStrings(a []string) {
	if len(a) < 2 {
		return
	}
	mid := len(a) / 2
	left := append([]string(nil), a[:mid]...)
	right := a[mid:]
	sortStrings(left)
	sortStrings(right)
	i, j, k := 0, 0, 0
	for i < len(left) && j < len(right) {
		if right[j] < left[i] {
			a[k] = right[j]
			j++
		} else {
			a[k] = left[i]
			i++
		}
		k++
	}
	for i < len(left) {
		a[k] = left[i]
		i++
		k++
	}
}
