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
	if f, ok := fsys.(ReadFileFS); ok {
		return f.ReadFile(name)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	data, err := io.ReadAll(file)
	file.Close()
	return data, err
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
	if f, ok := fsys.(ReadDirFS); ok {
		return f.ReadDir(name)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	dir, ok := file.(ReadDirFile)
	if !ok {
		return nil, &PathError{Op: "readdir", Path: name, Err: errors.New("not implemented")}
	}
	list, err := dir.ReadDir(-1)
	sortByName(list)
	return list, err
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
	if f, ok := fsys.(StatFS); ok {
		return f.Stat(name)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	return file.Stat()
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
	name := info.Name()
	b := make([]byte, 0, 40+len(name))
	b = append(b, info.Mode().String()...)
	b = append(b, ' ')
	size := info.Size()
	var u uint64
	if size >= 0 {
		u = uint64(size)
	} else {
		b = append(b, '-')
		u = uint64(-size)
	}
	var buf [20]byte
	i := len(buf)
	for u >= 10 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	i--
	buf[i] = byte('0' + u)
	b = append(b, buf[i:]...)
	b = append(b, ' ')
	b = append(b, info.ModTime().Format(time.DateTime)...)
	b = append(b, ' ')
	b = append(b, name...)
	if info.IsDir() {
		b = append(b, '/')
	}
	return string(b)
}

// FormatDirEntry formats dir like "d name/": the type letters of its mode
// and its name, with a slash after directory names.
func FormatDirEntry(dir DirEntry) string {
	name := dir.Name()
	b := make([]byte, 0, 5+len(name))
	mode := dir.Type().String()
	mode = mode[:len(mode)-9]
	b = append(b, mode...)
	b = append(b, ' ')
	b = append(b, name...)
	if dir.IsDir() {
		b = append(b, '/')
	}
	return string(b)
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
	info, err := Stat(fsys, root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(fsys, root, FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walkDir(fsys FS, name string, d DirEntry, fn WalkDirFunc) error {
	if err := fn(name, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			err = nil
		}
		return err
	}
	dirs, err := ReadDir(fsys, name)
	if err != nil {
		err = fn(name, d, err)
		if err != nil {
			if err == SkipDir && d.IsDir() {
				err = nil
			}
			return err
		}
	}
	for _, d1 := range dirs {
		if err := walkDir(fsys, path.Join(name, d1.Name()), d1, fn); err != nil {
			if err == SkipDir {
				break
			}
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
