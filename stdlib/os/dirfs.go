package os

import (
	"errors"
	"io"
	"io/fs"
)

// DirFS returns a file system (an fs.FS) for the tree of files rooted at
// dir. Symbolic links are followed, even out of the tree.
func DirFS(dir string) fs.FS {
	return dirFS(dir)
}

type dirFS string

// join returns the OS name of the file system name name.
func (dir dirFS) join(name string) (string, error) {
	if dir == "" {
		return "", ErrInvalid
	}
	if !fs.ValidPath(name) {
		return "", ErrInvalid
	}
	if name == "." {
		return string(dir), nil
	}
	return joinPath(string(dir), name), nil
}

// fixErr reports errors with the file system name rather than the OS one.
func fixErr(err error, name string) error {
	if pe, ok := err.(*PathError); ok {
		pe.Path = name
	}
	return err
}

func (dir dirFS) Open(name string) (fs.File, error) {
	full, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "open", Path: name, Err: err}
	}
	f, err := Open(full)
	if err != nil {
		return nil, fixErr(err, name)
	}
	return f, nil
}

func (dir dirFS) ReadFile(name string) ([]byte, error) {
	full, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "readfile", Path: name, Err: err}
	}
	b, err := ReadFile(full)
	if err != nil {
		return nil, fixErr(err, name)
	}
	return b, nil
}

func (dir dirFS) ReadDir(name string) ([]DirEntry, error) {
	full, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "readdir", Path: name, Err: err}
	}
	entries, err := ReadDir(full)
	if err != nil {
		return nil, fixErr(err, name)
	}
	return entries, nil
}

func (dir dirFS) Stat(name string) (fs.FileInfo, error) {
	full, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	f, err := Stat(full)
	if err != nil {
		return nil, fixErr(err, name)
	}
	return f, nil
}

func (dir dirFS) Lstat(name string) (fs.FileInfo, error) {
	full, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "lstat", Path: name, Err: err}
	}
	f, err := Lstat(full)
	if err != nil {
		return nil, fixErr(err, name)
	}
	return f, nil
}

func (dir dirFS) ReadLink(name string) (string, error) {
	full, err := dir.join(name)
	if err != nil {
		return "", &PathError{Op: "readlink", Path: name, Err: err}
	}
	target, err := Readlink(full)
	if err != nil {
		return "", fixErr(err, name)
	}
	return target, nil
}

// CopyFS copies the file system fsys into the directory dir, creating dir
// if needed. Files are created with mode 0o666 plus any execute
// permission from the source; directories with 0o777. Existing files are
// not overwritten (that is an error).
func CopyFS(dir string, fsys fs.FS) error {
	return fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, walkErr error) error {
		if walkErr != nil {
			return walkErr
		}
		// The name must be usable as a local path: valid for io/fs and
		// free of NUL bytes.
		if !fs.ValidPath(name) || containsNUL(name) {
			return errInvalidCopyPath
		}
		return copyEntry(fsys, name, d.Type(), joinPath(dir, name))
	})
}

var errInvalidCopyPath = errors.New("invalid path")

// containsNUL reports whether s has a zero byte.
func containsNUL(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] == 0 {
			return true
		}
	}
	return false
}

// copyEntry recreates the entry name of fsys, of the given type, at dst:
// directories (which may exist already), symbolic links and regular files
// are supported.
func copyEntry(fsys fs.FS, name string, typ fs.FileMode, dst string) error {
	switch typ {
	case ModeDir:
		return MkdirAll(dst, 0777)
	case ModeSymlink:
		target, err := fs.ReadLink(fsys, name)
		if err != nil {
			return err
		}
		return Symlink(target, dst)
	case 0:
		return copyRegular(fsys, name, dst)
	}
	return &PathError{Op: "CopyFS", Path: name, Err: ErrInvalid}
}

// copyRegular copies the regular file name of fsys to the new file dst,
// which must not exist yet and gets the source's permission bits.
func copyRegular(fsys fs.FS, name, dst string) error {
	src, err := fsys.Open(name)
	if err != nil {
		return err
	}
	defer src.Close()
	info, err := src.Stat()
	if err != nil {
		return err
	}
	out, err := OpenFile(dst, O_CREATE|O_EXCL|O_WRONLY, 0666|info.Mode()&0777)
	if err != nil {
		return err
	}
	_, copyErr := io.Copy(out, src)
	closeErr := out.Close()
	if copyErr != nil {
		return &PathError{Op: "Copy", Path: dst, Err: copyErr}
	}
	return closeErr
}
