package fs

import (
	"errors"
	"io"
	"path"
	"time"
)

// ReadFileFS is a file system with its own ReadFile.
type ReadFileFS interface {
	FS

	// ReadFile reads the named file and returns its contents; reaching
	// the end of the file is not an error.
	ReadFile(name string) ([]byte, error)
}

// ReadFile reads the named file from fsys, with fsys's ReadFile if it has
// one.
func ReadFile(fsys FS, name string) ([]byte, error) {
	if own, ok := fsys.(ReadFileFS); ok {
		return own.ReadFile(name)
	}
	var data []byte
	err := withOpen(fsys, name, func(f File) (err error) {
		data, err = io.ReadAll(f)
		return err
	})
	return data, err
}

// withOpen opens name in fsys, runs use on the file and closes it again;
// it returns the error from Open or else use's.
func withOpen(fsys FS, name string, use func(File) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	return use(f)
}

// ReadDirFS is a file system with its own ReadDir.
type ReadDirFS interface {
	FS

	// ReadDir reads the named directory and returns its entries sorted
	// by name.
	ReadDir(name string) ([]DirEntry, error)
}

// ReadDir reads the named directory of fsys and returns its entries
// sorted by name, with fsys's ReadDir if it has one.
func ReadDir(fsys FS, name string) ([]DirEntry, error) {
	if own, ok := fsys.(ReadDirFS); ok {
		return own.ReadDir(name)
	}
	var entries []DirEntry
	err := withOpen(fsys, name, func(f File) (err error) {
		lister, ok := f.(ReadDirFile)
		if !ok {
			return &PathError{Op: "readdir", Path: name, Err: errors.New("not implemented")}
		}
		entries, err = lister.ReadDir(-1)
		sortByName(entries)
		return err
	})
	return entries, err
}

// dirInfo is a DirEntry made from a FileInfo.
type dirInfo struct {
	info FileInfo
}

func (d dirInfo) IsDir() bool             { return d.info.IsDir() }
func (d dirInfo) Type() FileMode          { return d.info.Mode().Type() }
func (d dirInfo) Info() (FileInfo, error) { return d.info, nil }
func (d dirInfo) Name() string            { return d.info.Name() }
func (d dirInfo) String() string          { return FormatDirEntry(d) }

// FileInfoToDirEntry returns a DirEntry reporting what info says, or nil
// if info is nil.
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return dirInfo{info: info}
}

// StatFS is a file system with its own Stat.
type StatFS interface {
	FS

	// Stat returns a FileInfo describing the named file.
	Stat(name string) (FileInfo, error)
}

// Stat returns a FileInfo for the named file of fsys, with fsys's Stat if
// it has one.
func Stat(fsys FS, name string) (FileInfo, error) {
	if own, ok := fsys.(StatFS); ok {
		return own.Stat(name)
	}
	var info FileInfo
	err := withOpen(fsys, name, func(f File) (err error) {
		info, err = f.Stat()
		return err
	})
	return info, err
}

// ReadLinkFS is a file system that knows about symbolic links.
type ReadLinkFS interface {
	FS

	// ReadLink returns the destination of the named symbolic link.
	ReadLink(name string) (string, error)

	// Lstat describes the named file without following a final symbolic
	// link.
	Lstat(name string) (FileInfo, error)
}

// ReadLink returns the destination of the named symbolic link, or an
// error if fsys does not implement ReadLinkFS.
func ReadLink(fsys FS, name string) (string, error) {
	f, ok := fsys.(ReadLinkFS)
	if !ok {
		return "", &PathError{Op: "readlink", Path: name, Err: ErrInvalid}
	}
	return f.ReadLink(name)
}

// Lstat is like Stat but does not follow a final symbolic link (if fsys
// implements ReadLinkFS).
func Lstat(fsys FS, name string) (FileInfo, error) {
	f, ok := fsys.(ReadLinkFS)
	if !ok {
		return Stat(fsys, name)
	}
	return f.Lstat(name)
}

// FormatFileInfo formats info like "-rw-r--r-- 100 2006-01-02 15:04:05
// name", with a slash after directory names.
func FormatFileInfo(info FileInfo) string {
	line := info.Mode().String() + " " + decimal(info.Size()) + " " +
		info.ModTime().Format(time.DateTime) + " " + info.Name()
	if info.IsDir() {
		line += "/"
	}
	return line
}

// decimal writes n in base 10 (io/fs does not depend on strconv).
func decimal(n int64) string {
	mag := uint64(n)
	if n < 0 {
		mag = -mag // also right for the most negative int64
	}
	var digits [20]byte
	at := len(digits)
	for {
		at--
		digits[at] = '0' + byte(mag%10)
		mag /= 10
		if mag == 0 {
			break
		}
	}
	if n < 0 {
		return "-" + string(digits[at:])
	}
	return string(digits[at:])
}

// FormatDirEntry formats dir like "d name/": the type letters of its mode
// and its name, with a slash after directory names.
func FormatDirEntry(dir DirEntry) string {
	// The mode string without its nine permission letters leaves the
	// type letters, or "-".
	kind := dir.Type().String()
	line := kind[:len(kind)-9] + " " + dir.Name()
	if dir.IsDir() {
		line += "/"
	}
	return line
}

// SkipDir, returned by a WalkDirFunc, skips the directory (or the rest of
// the directory holding the file).
var SkipDir = errors.New("skip this directory")

// SkipAll, returned by a WalkDirFunc, ends the walk.
var SkipAll = errors.New("skip everything and stop the walk")

// WalkDirFunc is called by WalkDir for each file and directory. For the
// root, if it cannot be statted, d is nil and err the error; for a
// directory that cannot be read, it is called a second time with the
// error. Returning SkipDir or SkipAll changes the walk as they describe;
// any other error stops it.
type WalkDirFunc func(path string, d DirEntry, err error) error

// WalkDir walks the file tree rooted at root, calling fn for each file and
// directory in lexical order.
func WalkDir(fsys FS, root string, fn WalkDirFunc) error {
	var err error
	if info, statErr := Stat(fsys, root); statErr == nil {
		err = visit(fsys, root, FileInfoToDirEntry(info), fn)
	} else {
		// The root itself could not be described: fn hears about it
		// with a nil DirEntry.
		err = fn(root, nil, statErr)
	}
	switch err {
	case SkipDir, SkipAll:
		return nil
	}
	return err
}

// visit calls fn for name (described by d) and, when that is a directory
// fn did not decline, for everything below it. A SkipDir from fn about a
// directory is consumed here; about a file it is handed up, so that the
// caller stops reading that file's directory.
func visit(fsys FS, name string, d DirEntry, fn WalkDirFunc) error {
	err := fn(name, d, nil)
	isDir := d.IsDir()
	if err == nil && isDir {
		entries, readErr := ReadDir(fsys, name)
		if readErr != nil {
			// Tell fn; if it says carry on, walk what could be read.
			err = fn(name, d, readErr)
		}
		if err == nil {
			err = visitEntries(fsys, name, entries, fn)
		}
	}
	if err == SkipDir && isDir {
		return nil
	}
	return err
}

// visitEntries visits the entries of directory dir in order, stopping
// quietly at a SkipDir and with the error at any other failure.
func visitEntries(fsys FS, dir string, entries []DirEntry, fn WalkDirFunc) error {
	for _, e := range entries {
		err := visit(fsys, path.Join(dir, e.Name()), e, fn)
		if err == SkipDir {
			break
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// sortByName sorts directory entries by name (a merge sort; names are
// unique, so stability does not matter).
func sortByName(list []DirEntry) {
	if len(list) < 2 {
		return
	}
	mid := len(list) / 2
	left := append([]DirEntry(nil), list[:mid]...)
	right := list[mid:]
	sortByName(left)
	sortByName(right)
	i, j, k := 0, 0, 0
	for i < len(left) && j < len(right) {
		if right[j].Name() < left[i].Name() {
			list[k] = right[j]
			j++
		} else {
			list[k] = left[i]
			i++
		}
		k++
	}
	for i < len(left) {
		list[k] = left[i]
		i++
		k++
	}
	// The rest of right is already in place.
}
