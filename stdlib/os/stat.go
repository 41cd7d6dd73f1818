package os

import (
	"io/fs"
	"syscall"
	"time"
)

// FileInfo describes a file, as returned by Stat and Lstat.
type FileInfo = fs.FileInfo

// FileMode holds a file's type and permission bits.
type FileMode = fs.FileMode

// Mode bits (see io/fs).
const (
	ModeDir        = fs.ModeDir        // d: directory
	ModeAppend     = fs.ModeAppend     // a: append-only
	ModeExclusive  = fs.ModeExclusive  // l: exclusive use
	ModeTemporary  = fs.ModeTemporary  // T: temporary file (Plan 9 only)
	ModeSymlink    = fs.ModeSymlink    // L: symbolic link
	ModeDevice     = fs.ModeDevice     // D: device file
	ModeNamedPipe  = fs.ModeNamedPipe  // p: named pipe (FIFO)
	ModeSocket     = fs.ModeSocket     // S: Unix domain socket
	ModeSetuid     = fs.ModeSetuid     // u: setuid
	ModeSetgid     = fs.ModeSetgid     // g: setgid
	ModeCharDevice = fs.ModeCharDevice // c: character device (with ModeDevice)
	ModeSticky     = fs.ModeSticky     // t: sticky
	ModeIrregular  = fs.ModeIrregular  // ?: non-regular file of unknown kind

	ModeType = fs.ModeType

	ModePerm = fs.ModePerm // Unix permission bits, 0o777
)

// fileStat is the FileInfo of this package.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	sys     syscall.Stat_t
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) IsDir() bool        { return fs.Mode().IsDir() }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) Sys() any           { return &fs.sys }

// fill sets the fields from the system's stat data.
func (fs *fileStat) fill(name string) {
	st := &fs.sys
	fs.name = name
	fs.size = st.Size
	fs.modTime = time.Unix(st.Mtim.Sec, st.Mtim.Nsec)
	fs.mode = FileMode(st.Mode&0777) | typeBits(st.Mode&syscall.S_IFMT)
	// The set-id and sticky bits have mode bits of their own.
	for _, m := range [...]struct {
		unix uint32
		mode FileMode
	}{
		{syscall.S_ISGID, ModeSetgid},
		{syscall.S_ISUID, ModeSetuid},
		{syscall.S_ISVTX, ModeSticky},
	} {
		if uint32(st.Mode)&m.unix != 0 {
			fs.mode |= m.mode
		}
	}
}

// typeBits translates the Unix file type (the S_IFMT bits) to FileMode
// type bits; regular files have none.
func typeBits(format uint32) FileMode {
	switch format {
	case syscall.S_IFDIR:
		return ModeDir
	case syscall.S_IFLNK:
		return ModeSymlink
	case syscall.S_IFCHR:
		return ModeDevice | ModeCharDevice
	case syscall.S_IFBLK:
		return ModeDevice
	case syscall.S_IFIFO:
		return ModeNamedPipe
	case syscall.S_IFSOCK:
		return ModeSocket
	}
	return 0
}

// basename returns the last element of name, without trailing slashes.
func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[0:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

// Stat returns a FileInfo describing the named file, following symbolic
// links. Errors are *PathError.
func Stat(name string) (FileInfo, error) {
	var st fileStat
	var err error
	for {
		err = syscall.Stat(name, &st.sys)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	st.fill(basename(name))
	return &st, nil
}

// Lstat is like Stat but describes a symbolic link itself.
func Lstat(name string) (FileInfo, error) {
	var st fileStat
	var err error
	for {
		err = syscall.Lstat(name, &st.sys)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, &PathError{Op: "lstat", Path: name, Err: err}
	}
	st.fill(basename(name))
	return &st, nil
}

// SameFile reports whether fi1 and fi2 describe the same file (both must
// come from this package's Stat functions).
func SameFile(fi1, fi2 FileInfo) bool {
	a, ok1 := fi1.(*fileStat)
	b, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return a.sys.Dev == b.sys.Dev && a.sys.Ino == b.sys.Ino
}
