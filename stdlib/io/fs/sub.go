package fs

import (
	"errors"
	"path"
	"strings"
)

// SubFS is a file system with its own Sub.
type SubFS interface {
	FS

	// Sub returns an FS for the subtree rooted at dir.
	Sub(dir string) (FS, error)
}

// Sub returns an FS for the subtree of fsys rooted at dir.
func Sub(fsys FS, dir string) (FS, error) {
	switch {
	case !ValidPath(dir):
		return nil, &PathError{Op: "sub", Path: dir, Err: ErrInvalid}
	case dir == ".":
		return fsys, nil
	}
	if own, ok := fsys.(SubFS); ok {
		return own.Sub(dir)
	}
	return &subFS{fsys, dir}, nil
}

// subFS is the view of the directory dir of fsys that Sub returns when fsys
// has no Sub of its own.
type subFS struct {
	fsys FS
	dir  string
}

// outer turns a name inside the subtree into the name in the parent file
// system; op names the operation in the error for an invalid name.
func (f *subFS) outer(op string, name string) (string, error) {
	if ValidPath(name) {
		return path.Join(f.dir, name), nil
	}
	return "", &PathError{Op: op, Path: name, Err: ErrInvalid}
}

// inner turns a name of the parent file system back into one inside the
// subtree; ok is false for names outside it.
func (f *subFS) inner(name string) (rel string, ok bool) {
	rest, found := strings.CutPrefix(name, f.dir)
	switch {
	case !found:
		return "", false
	case rest == "":
		return ".", true
	case len(rest) >= 2 && rest[0] == '/':
		return rest[1:], true
	}
	return "", false
}

// localize rewrites the path in a *PathError from the parent file system
// to the subtree's name for it, when it lies inside the subtree.
func (f *subFS) localize(err error) error {
	pe, isPathErr := err.(*PathError)
	if !isPathErr {
		return err
	}
	if rel, ok := f.inner(pe.Path); ok {
		pe.Path = rel
	}
	return err
}

// forward performs call on the parent file system with the parent's name
// for name and localizes the error. With keep false the result is dropped
// (zeroed) when there is an error.
func forward[T any](f *subFS, op, name string, keep bool, call func(FS, string) (T, error)) (T, error) {
	var zero T
	full, err := f.outer(op, name)
	if err != nil {
		return zero, err
	}
	got, err := call(f.fsys, full)
	if err != nil {
		err = f.localize(err)
		if !keep {
			got = zero
		}
	}
	return got, err
}

func (f *subFS) Open(name string) (File, error) {
	return forward(f, "open", name, true, FS.Open)
}

func (f *subFS) ReadDir(name string) ([]DirEntry, error) {
	return forward(f, "read", name, true, ReadDir)
}

func (f *subFS) ReadFile(name string) ([]byte, error) {
	return forward(f, "read", name, true, ReadFile)
}

func (f *subFS) ReadLink(name string) (string, error) {
	return forward(f, "readlink", name, false, ReadLink)
}

func (f *subFS) Lstat(name string) (FileInfo, error) {
	return forward(f, "lstat", name, false, Lstat)
}

func (f *subFS) Glob(pattern string) ([]string, error) {
	// Reject a bad pattern before looking at anything.
	if _, err := path.Match(pattern, ""); err != nil {
		return nil, err
	}
	if pattern == "." {
		return []string{"."}, nil
	}
	names, err := Glob(f.fsys, f.dir+"/"+pattern)
	for k := range names {
		rel, ok := f.inner(names[k])
		if !ok {
			// Go's message names "" here rather than the name.
			return nil, errors.New("invalid result from inner fsys Glob:  not in " + f.dir)
		}
		names[k] = rel
	}
	return names, f.localize(err)
}

func (f *subFS) Sub(dir string) (FS, error) {
	if dir == "." {
		return f, nil
	}
	full, err := f.outer("sub", dir)
	if err != nil {
		return nil, err
	}
	return &subFS{fsys: f.fsys, dir: full}, nil
}

// GlobFS is a file system with its own Glob.
type GlobFS interface {
	FS

	// Glob returns the names of the files matching pattern.
	Glob(pattern string) ([]string, error)
}

// Glob returns the names of the files of fsys matching pattern (with the
// syntax of path.Match), or nil if there are none. The only possible error
// is path.ErrBadPattern; I/O errors are ignored.
func Glob(fsys FS, pattern string) (matches []string, err error) {
	return globLevel(fsys, pattern, 0)
}

// globLevel is Glob for a pattern reached through depth levels of parent
// patterns; past 10000 levels the pattern is rejected.
func globLevel(fsys FS, pattern string, depth int) ([]string, error) {
	if depth > 10000 {
		return nil, path.ErrBadPattern
	}
	if own, ok := fsys.(GlobFS); ok {
		return own.Glob(pattern)
	}
	if _, err := path.Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		// A plain name matches itself if it exists.
		if _, err := Stat(fsys, pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	parent, leaf := path.Split(pattern)
	parent = strings.TrimSuffix(parent, "/")
	if parent == "" {
		parent = "."
	}
	if !hasMeta(parent) {
		return matchIn(fsys, parent, leaf, nil)
	}
	if parent == pattern {
		return nil, path.ErrBadPattern
	}
	parents, err := globLevel(fsys, parent, depth+1)
	if err != nil {
		return nil, err
	}
	var found []string
	for _, dir := range parents {
		if found, err = matchIn(fsys, dir, leaf, found); err != nil {
			return found, err
		}
	}
	return found, nil
}

// matchIn appends to found the names in directory dir that match pattern.
// A directory that cannot be read matches nothing.
func matchIn(fsys FS, dir, pattern string, found []string) ([]string, error) {
	entries, readErr := ReadDir(fsys, dir)
	if readErr != nil {
		return found, nil
	}
	for _, e := range entries {
		name := e.Name()
		ok, err := path.Match(pattern, name)
		if err != nil {
			return found, err
		}
		if ok {
			found = append(found, path.Join(dir, name))
		}
	}
	return found, nil
}

// hasMeta reports whether p contains any of the characters special to
// path.Match.
func hasMeta(p string) bool {
	return strings.ContainsAny(p, `*?[\`)
}
