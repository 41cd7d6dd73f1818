package os

import (
	"io"
	"io/fs"
	"syscall"
)

// DirEntry is an entry read from a directory.
type DirEntry = fs.DirEntry

// dirReader holds the state of reading a directory.
type dirReader struct {
	buf  []byte // getdents output
	pos  int    // next record in buf
	size int    // bytes of buf in use
}

// dirEntry is the DirEntry of this package.
type dirEntry struct {
	parent string
	name   string
	typ    FileMode
	info   FileInfo // from Lstat, when known
}

func (d *dirEntry) Name() string   { return d.name }
func (d *dirEntry) IsDir() bool    { return d.typ.IsDir() }
func (d *dirEntry) Type() FileMode { return d.typ }

func (d *dirEntry) Info() (FileInfo, error) {
	if d.info != nil {
		return d.info, nil
	}
	return Lstat(d.parent + "/" + d.name)
}

func (d *dirEntry) String() string { return fs.FormatDirEntry(d) }

// direntType maps a getdents type to mode type bits; ok is false if the
// type is unknown.
func direntType(t byte) (FileMode, bool) {
	switch t {
	case syscall.DT_BLK:
		return ModeDevice, true
	case syscall.DT_CHR:
		return ModeDevice | ModeCharDevice, true
	case syscall.DT_DIR:
		return ModeDir, true
	case syscall.DT_FIFO:
		return ModeNamedPipe, true
	case syscall.DT_LNK:
		return ModeSymlink, true
	case syscall.DT_REG:
		return 0, true
	case syscall.DT_SOCK:
		return ModeSocket, true
	}
	return 0, false
}

// nextEntries reads up to n entries (all if n <= 0) from the directory,
// calling add for each; it reports io.EOF when n > 0 and none are left.
func (f *File) nextEntries(n int, add func(name string, typ byte)) error {
	if f.dir == nil {
		f.dir = &dirReader{buf: make([]byte, 8192)}
	}
	d := f.dir
	count := 0
	for n <= 0 || count < n {
		if d.pos >= d.size {
			d.pos = 0
			var err error
			for {
				d.size, err = syscall.Getdents(f.fd, d.buf)
				if err != syscall.EINTR {
					break
				}
			}
			if err != nil {
				d.size = 0
				return &PathError{Op: "readdirent", Path: f.name, Err: err}
			}
			if d.size <= 0 {
				d.size = 0
				break
			}
		}
		// A struct linux_dirent64: ino (8), off (8), reclen (2), type (1),
		// then the NUL-terminated name.
		rec := d.buf[d.pos:d.size]
		if len(rec) < 19 {
			d.pos = d.size
			continue
		}
		reclen := int(rec[16]) | int(rec[17])<<8
		if reclen < 19 || reclen > len(rec) {
			d.pos = d.size
			continue
		}
		d.pos += reclen
		typ := rec[18]
		name := rec[19:reclen]
		for i, c := range name {
			if c == 0 {
				name = name[:i]
				break
			}
		}
		if string(name) == "." || string(name) == ".." {
			continue
		}
		add(string(name), typ)
		count++
	}
	if n > 0 && count == 0 {
		return io.EOF
	}
	return nil
}

// ReadDir reads up to n entries of the directory, in directory order. With
// n > 0 it returns at most n entries and io.EOF at the end; with n <= 0 it
// returns all remaining entries and a nil error on success.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if err := f.checkValid("readdir"); err != nil {
		return nil, err
	}
	var list []DirEntry
	err := f.nextEntries(n, func(name string, t byte) {
		e := &dirEntry{parent: f.name, name: name}
		if typ, ok := direntType(t); ok {
			e.typ = typ
		} else {
			info, err := Lstat(f.name + "/" + name)
			if err != nil {
				return // removed meanwhile
			}
			e.typ = info.Mode().Type()
			e.info = info
		}
		list = append(list, e)
	})
	if list == nil && n <= 0 {
		list = []DirEntry{}
	}
	return list, err
}

// Readdir is like ReadDir but returns FileInfo values (from Lstat).
func (f *File) Readdir(n int) ([]FileInfo, error) {
	if err := f.checkValid("readdir"); err != nil {
		return nil, err
	}
	var list []FileInfo
	err := f.nextEntries(n, func(name string, t byte) {
		info, err := Lstat(f.name + "/" + name)
		if err != nil {
			return
		}
		list = append(list, info)
	})
	if list == nil && n <= 0 {
		list = []FileInfo{}
	}
	return list, err
}

// Readdirnames is like ReadDir but returns only the names.
func (f *File) Readdirnames(n int) (names []string, err error) {
	if err := f.checkValid("readdir"); err != nil {
		return nil, err
	}
	err = f.nextEntries(n, func(name string, t byte) {
		names = append(names, name)
	})
	if names == nil && n <= 0 {
		names = []string{}
	}
	return names, err
}

// ReadDir reads the named directory and returns its entries sorted by
// name. If reading fails partway, it returns the entries read so far and
// the error.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dirs, err := f.ReadDir(-1)
	sortByName(dirs)
	return dirs, err
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
