package os

import (
	"errors"
	"io"
	"syscall"
	"time"
)

// Mkdir creates a directory with the given permission bits (before the
// umask).
func Mkdir(name string, perm FileMode) error {
	if err := syscall.Mkdir(name, syscallMode(perm)); err != nil {
		return &PathError{Op: "mkdir", Path: name, Err: err}
	}
	return nil
}

// MkdirAll creates a directory and any missing parents, all with the given
// permission bits. It does nothing if the directory exists.
func MkdirAll(path string, perm FileMode) error {
	if dir, err := Stat(path); err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	// Make the parent first.
	i := len(path)
	for i > 0 && IsPathSeparator(path[i-1]) {
		i--
	}
	j := i
	for j > 0 && !IsPathSeparator(path[j-1]) {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	if err := Mkdir(path, perm); err != nil {
		// Someone may have made it meanwhile.
		if dir, err1 := Lstat(path); err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// Remove removes the named file or empty directory.
func Remove(name string) error {
	// Try it as a file, then as a directory.
	unlinkErr := syscall.Unlink(name)
	if unlinkErr == nil {
		return nil
	}
	rmdirErr := syscall.Rmdir(name)
	switch rmdirErr {
	case nil:
		return nil
	case syscall.ENOTDIR:
		// Not a directory, so the unlink error is the one that matters.
		return &PathError{Op: "remove", Path: name, Err: unlinkErr}
	}
	return &PathError{Op: "remove", Path: name, Err: rmdirErr}
}

// RemoveAll removes path and everything it contains. A path that does not
// exist is not an error.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || len(path) >= 2 && path[len(path)-1] == '.' && path[len(path)-2] == '/' {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	info, serr := Lstat(path)
	if serr != nil {
		if IsNotExist(serr) {
			return nil
		}
		return serr
	}
	if !info.IsDir() {
		return err
	}
	var first error
	for {
		f, err := Open(path)
		if err != nil {
			if IsNotExist(err) {
				return nil
			}
			return err
		}
		names, rerr := f.Readdirnames(1024)
		f.Close()
		for _, name := range names {
			if err := RemoveAll(path + "/" + name); err != nil && first == nil {
				first = err
			}
		}
		if rerr == io.EOF || len(names) == 0 {
			break
		}
		if rerr != nil {
			if first == nil {
				first = rerr
			}
			break
		}
		if first != nil {
			break
		}
	}
	err = Remove(path)
	if err == nil || IsNotExist(err) {
		return first
	}
	if first != nil {
		return first
	}
	return err
}

// Rename renames (moves) oldpath to newpath, replacing newpath if it is a
// file. Errors are *LinkError.
func Rename(oldpath, newpath string) error {
	fi, err := Lstat(newpath)
	if err == nil && fi.IsDir() {
		if ofi, err := Lstat(oldpath); err != nil {
			if pe, ok := err.(*PathError); ok {
				err = pe.Err
			}
			return &LinkError{"rename", oldpath, newpath, err}
		} else if newpath == oldpath || !SameFile(fi, ofi) {
			return &LinkError{"rename", oldpath, newpath, syscall.EEXIST}
		}
	}
	if err := syscall.Rename(oldpath, newpath); err != nil {
		return &LinkError{"rename", oldpath, newpath, err}
	}
	return nil
}

// Link creates newname as a hard link to oldname.
func Link(oldname, newname string) error {
	if err := syscall.Link(oldname, newname); err != nil {
		return &LinkError{"link", oldname, newname, err}
	}
	return nil
}

// Symlink creates newname as a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	if err := syscall.Symlink(oldname, newname); err != nil {
		return &LinkError{"symlink", oldname, newname, err}
	}
	return nil
}

// Readlink returns the destination of the named symbolic link.
func Readlink(name string) (string, error) {
	for size := 128; ; size *= 2 {
		b := make([]byte, size)
		n, err := syscall.Readlink(name, b)
		if err != nil {
			return "", &PathError{Op: "readlink", Path: name, Err: err}
		}
		if n < size {
			return string(b[0:n]), nil
		}
	}
}

// Chmod changes the mode of the named file.
func Chmod(name string, mode FileMode) error {
	if err := syscall.Chmod(name, syscallMode(mode)); err != nil {
		return &PathError{Op: "chmod", Path: name, Err: err}
	}
	return nil
}

// Chown changes the owner and group of the named file (-1 keeps a value).
func Chown(name string, uid, gid int) error {
	if err := syscall.Chown(name, uid, gid); err != nil {
		return &PathError{Op: "chown", Path: name, Err: err}
	}
	return nil
}

// Lchown is Chown for the symbolic link itself.
func Lchown(name string, uid, gid int) error {
	if err := syscall.Lchown(name, uid, gid); err != nil {
		return &PathError{Op: "lchown", Path: name, Err: err}
	}
	return nil
}

// Chtimes changes the access and modification times of the named file.
func Chtimes(name string, atime time.Time, mtime time.Time) error {
	ts := make([]syscall.Timespec, 2)
	ts[0] = syscall.NsecToTimespec(atime.UnixNano())
	ts[1] = syscall.NsecToTimespec(mtime.UnixNano())
	if err := syscall.UtimesNano(name, ts); err != nil {
		return &PathError{Op: "chtimes", Path: name, Err: err}
	}
	return nil
}

// Truncate changes the size of the named file.
func Truncate(name string, size int64) error {
	if err := syscall.Truncate(name, size); err != nil {
		return &PathError{Op: "truncate", Path: name, Err: err}
	}
	return nil
}

// ReadFile reads the named file and returns its contents. Reaching the
// end of the file is not an error.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 0
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
		size = int(info.Size())
	}
	size++ // one byte more, to see the end without growing
	if size < 512 {
		size = 512
	}
	data := make([]byte, 0, size)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
		if len(data) >= cap(data) {
			data = append(data, 0)[:len(data)]
		}
	}
}

// WriteFile writes data to the named file, creating it with permission
// bits perm (before the umask) if needed, or truncating it.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, writeErr := f.Write(data)
	closeErr := f.Close()
	if writeErr != nil {
		return writeErr
	}
	return closeErr
}

var errPatternHasSeparator = errors.New("pattern contains path separator")

// splitPattern splits a temporary name pattern at its last '*'.
func splitPattern(pattern string) (prefix, suffix string, err error) {
	star := -1
	for k := range len(pattern) {
		switch {
		case IsPathSeparator(pattern[k]):
			return "", "", errPatternHasSeparator
		case pattern[k] == '*':
			star = k // the last star counts
		}
	}
	if star < 0 {
		return pattern, "", nil
	}
	return pattern[:star], pattern[star+1:], nil
}

func joinPath(dir, name string) string {
	sep := string(PathSeparator)
	if dir != "" && IsPathSeparator(dir[len(dir)-1]) {
		sep = ""
	}
	return dir + sep + name
}

// randomName returns a random decimal number for temporary names.
func randomName() string {
	v := uint32(runtime_rand())
	var buf [10]byte
	i := len(buf)
	for v >= 10 {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
	}
	i--
	buf[i] = byte('0' + v)
	return string(buf[i:])
}

// CreateTemp creates a new file in dir (TempDir() if empty), named from
// pattern with its last "*" (or its end) replaced by a random string, and
// opens it for reading and writing. The caller should remove the file.
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := splitPattern(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	// Names are random; give up after 10000 that exist already.
	for attempt := 1; ; attempt++ {
		f, err := OpenFile(prefix+randomName()+suffix, O_RDWR|O_CREATE|O_EXCL, 0600)
		if !IsExist(err) {
			return f, err
		}
		if attempt == 10000 {
			return nil, &PathError{Op: "createtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
	}
}

// MkdirTemp creates a new directory in dir (TempDir() if empty), named
// from pattern as CreateTemp does, and returns its name.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := splitPattern(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	for attempt := 1; ; attempt++ {
		name := prefix + randomName() + suffix
		err := Mkdir(name, 0700)
		switch {
		case err == nil:
			return name, nil
		case IsExist(err):
			if attempt < 10000 {
				continue
			}
			return "", &PathError{Op: "mkdirtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		case IsNotExist(err):
			// A missing dir is reported as such.
			if _, statErr := Stat(dir); IsNotExist(statErr) {
				return "", statErr
			}
		}
		return "", err
	}
}
