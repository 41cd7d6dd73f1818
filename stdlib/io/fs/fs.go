// Package fs is gorun's implementation of Go's io/fs package: the
// interfaces of read-only file systems and helpers built on them. It has
// no native functions.
package fs

import (
	"internal/oserror"
	"strings"
	"time"
	"unicode/utf8"
)

// FS is a read-only file system: names are slash-separated, unrooted
// paths such as "a/b/c" (see ValidPath).
type FS interface {
	// Open opens the named file. Failures should be *PathError values
	// with Op "open".
	Open(name string) (File, error)
}

// ValidPath reports whether name is a valid path for FS.Open: valid UTF-8,
// unrooted, slash-separated elements that are not empty, "." or "..". The
// root itself is ".".
func ValidPath(name string) bool {
	if name == "." {
		return true
	}
	if !utf8.ValidString(name) {
		return false
	}
	// Every slash-separated element must be a real name: not empty (which
	// also rules out leading, trailing and doubled slashes), "." or "..".
	rest := name
	for {
		elem, more, found := strings.Cut(rest, "/")
		switch elem {
		case "", ".", "..":
			return false
		}
		if !found {
			return true
		}
		rest = more
	}
}

// File is an open file of an FS.
type File interface {
	Stat() (FileInfo, error)
	Read([]byte) (int, error)
	Close() error
}

// DirEntry is an entry read from a directory.
type DirEntry interface {
	// Name returns the file's base name.
	Name() string

	// IsDir reports whether the entry is a directory.
	IsDir() bool

	// Type returns the type bits of the entry's mode (a subset of
	// ModeType).
	Type() FileMode

	// Info returns the FileInfo of the file, which may be read when the
	// directory was read or now.
	Info() (FileInfo, error)
}

// ReadDirFile is a directory file whose entries can be read.
type ReadDirFile interface {
	File

	// ReadDir returns up to n entries in directory order (all of them if
	// n <= 0). With n > 0, the end is reported as io.EOF.
	ReadDir(n int) ([]DirEntry, error)
}

// Generic file system errors; errors returned by file systems can be
// tested against them with errors.Is.
var (
	ErrInvalid    = oserror.ErrInvalid    // "invalid argument"
	ErrPermission = oserror.ErrPermission // "permission denied"
	ErrExist      = oserror.ErrExist      // "file already exists"
	ErrNotExist   = oserror.ErrNotExist   // "file does not exist"
	ErrClosed     = oserror.ErrClosed     // "file already closed"
)

// FileInfo describes a file, as returned by Stat.
type FileInfo interface {
	Name() string       // base name of the file
	Size() int64        // length in bytes for regular files
	Mode() FileMode     // file mode bits
	ModTime() time.Time // modification time
	IsDir() bool        // Mode().IsDir()
	Sys() any           // underlying data source (may be nil)
}

// FileMode holds a file's type and permission bits, the same on all
// systems.
type FileMode uint32

// Mode bits. The single letters are what String writes for them.
const (
	ModeDir        FileMode = 1 << (32 - 1 - iota) // d: directory
	ModeAppend                                     // a: append-only
	ModeExclusive                                  // l: exclusive use
	ModeTemporary                                  // T: temporary file (Plan 9 only)
	ModeSymlink                                    // L: symbolic link
	ModeDevice                                     // D: device file
	ModeNamedPipe                                  // p: named pipe (FIFO)
	ModeSocket                                     // S: Unix domain socket
	ModeSetuid                                     // u: setuid
	ModeSetgid                                     // g: setgid
	ModeCharDevice                                 // c: character device (with ModeDevice)
	ModeSticky                                     // t: sticky
	ModeIrregular                                  // ?: non-regular file of unknown kind

	// ModeType masks the type bits; regular files have none set.
	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777 // Unix permission bits
)

// String writes the mode like ls does: type letters (or '-') followed by
// rwx permission letters.
func (m FileMode) String() string {
	// Type letters in the order of the mode bits from the top bit down.
	const typeLetters = "dalTLDpSugct?"
	out := make([]byte, 0, len(typeLetters)+9)
	bit := FileMode(1) << 31
	for k := range len(typeLetters) {
		if m&(bit>>k) != 0 {
			out = append(out, typeLetters[k])
		}
	}
	if len(out) == 0 {
		out = append(out, '-')
	}
	// Then owner, group and other permissions, three letters each.
	for shift := 8; shift >= 0; shift-- {
		letter := byte('-')
		if m&(1<<shift) != 0 {
			letter = "xwr"[shift%3]
		}
		out = append(out, letter)
	}
	return string(out)
}

// IsDir reports whether m describes a directory.
func (m FileMode) IsDir() bool { return m.Type()&ModeDir == ModeDir }

// IsRegular reports whether m describes a regular file (no type bits).
func (m FileMode) IsRegular() bool { return m.Type() == 0 }

// Perm returns the Unix permission bits of m.
func (m FileMode) Perm() FileMode { return m &^ ^ModePerm }

// Type returns the type bits of m.
func (m FileMode) Type() FileMode { return m &^ ^ModeType }

// PathError records an error and the operation and file path that caused
// it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// Timeout reports whether the error is a timeout.
func (e *PathError) Timeout() bool {
	if te, ok := e.Err.(interface{ Timeout() bool }); ok {
		return te.Timeout()
	}
	return false
}
