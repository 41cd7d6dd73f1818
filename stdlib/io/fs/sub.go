package fs

import (
	"errors"
	"path"
)

// SubFS is a file system with its own Sub.
type SubFS interface {
	FS

	// Sub returns an FS for the subtree rooted at dir.
	Sub(dir string) (FS, error)
}

// Sub returns an FS for the subtree of fsys rooted at dir.
func Sub(fsys FS, dir string) (FS, error) {
	if !ValidPath(dir) {
		return nil, &PathError{Op: "sub", Path: dir, Err: ErrInvalid}
	}
	if dir == "." {
		return fsys, nil
	}
	if f, ok := fsys.(SubFS); ok {
		return f.Sub(dir)
	}
	return &subFS{fsys, dir}, nil
}

type subFS struct {
	fsys FS
	dir  string
}

// full returns the name in the parent file system.
func (f *subFS) full(op string, name string) (string, error) {
	if !ValidPath(name) {
		return "", &PathError{Op: op, Path: name, Err: ErrInvalid}
	}
	return path.Join(f.dir, name), nil
}

// shorten maps a parent name back to the subtree.
func (f *subFS) shorten(name string) (rel string, ok bool) {
	if name == f.dir {
		return ".", true
	}
	if len(name) >= len(f.dir)+2 && name[len(f.dir)] == '/' && name[:len(f.dir)] == f.dir {
		return name[len(f.dir)+1:], true
	}
	return "", false
}

// fixErr rewrites the path of a *PathError to the subtree's name.
func (f *subFS) fixErr(err error) error {
	if e, ok := err.(*PathError); ok {
		if short, ok := f.shorten(e.Path); ok {
			e.Path = short
		}
	}
	return err
}

func (f *subFS) Open(name string) (File, error) {
	full, err := f.full("open", name)
	if err != nil {
		return nil, err
	}
	file, err := f.fsys.Open(full)
	return file, f.fixErr(err)
}

func (f *subFS) ReadDir(name string) ([]DirEntry, error) {
	full, err := f.full("read", name)
	if err != nil {
		return nil, err
	}
	dir, err := ReadDir(f.fsys, full)
	return dir, f.fixErr(err)
}

func (f *subFS) ReadFile(name string) ([]byte, error) {
	full, err := f.full("read", name)
	if err != nil {
		return nil, err
	}
	data, err := ReadFile(f.fsys, full)
	return data, f.fixErr(err)
}

func (f *subFS) ReadLink(name string) (string, error) {
	full, err := f.full("readlink", name)
	if err != nil {
		return "", err
	}
	target, err := ReadLink(f.fsys, full)
	if err != nil {
		return "", f.fixErr(err)
	}
	return target, nil
}

func (f *subFS) Lstat(name string) (FileInfo, error) {
	full, err := f.full("lstat", name)
	if err != nil {
		return nil, err
	}
	info, err := Lstat(f.fsys, full)
	if err != nil {
		return nil, f.fixErr(err)
	}
	return info, nil
}

func (f *subFS) Glob(pattern string) ([]string, error) {
	if _, err := path.Match(pattern, ""); err != nil {
		return nil, err
	}
	if pattern == "." {
		return []string{"."}, nil
	}
	list, err := Glob(f.fsys, f.dir+"/"+pattern)
	for i, name := range list {
		short, ok := f.shorten(name)
		if !ok {
			return nil, errors.New("invalid result from inner fsys Glob: " + name + " not in " + f.dir)
		}
		list[i] = short
	}
	return list, f.fixErr(err)
}

func (f *subFS) Sub(dir string) (FS, error) {
	if dir == "." {
		return f, nil
	}
	full, err := f.full("sub", dir)
	if err != nil {
		return nil, err
	}
	return &subFS{f.fsys, full}, nil
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
	return globDepth(fsys, pattern, 0)
}

func globDepth(fsys FS, pattern string, depth int) (matches []string, err error) {
	const maxDepth = 10000
	if depth > maxDepth {
		return nil, path.ErrBadPattern
	}
	if f, ok := fsys.(GlobFS); ok {
		return f.Glob(pattern)
	}
	if _, err := path.Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err = Stat(fsys, pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := path.Split(pattern)
	if dir == "" {
		dir = "."
	} else {
		dir = dir[:len(dir)-1]
	}
	if !hasMeta(dir) {
		return globDir(fsys, dir, file, nil)
	}
	if dir == pattern {
		return nil, path.ErrBadPattern
	}
	dirs, err := globDepth(fsys, dir, depth+1)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		matches, err = globDir(fsys, d, file, matches)
		if err != nil {
			return
		}
	}
	return
}

// globDir appends the names in dir matching pattern to matches.
func globDir(fsys FS, dir, pattern string, matches []string) ([]string, error) {
	entries, err := ReadDir(fsys, dir)
	if err != nil {
		return matches, nil
	}
	for _, e := range entries {
		n := e.Name()
		ok, err := path.Match(pattern, n)
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, path.Join(dir, n))
		}
	}
	return matches, nil
}

func hasMeta(path string) bool {
	for i := 0; i < len(path); i++ {
		switch path[i] {
		case '*', '?', '[', '\\':
			return true
		}
	}
	return false
}
