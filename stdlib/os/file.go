// Package os is gorun's implementation of Go's os package: files,
// directories, the environment and the process, on Linux.
//
// Native functions: runtime_args (the command line) and runtime_rand (for
// temporary file names). Everything else is built on package syscall.
// Processes (StartProcess, FindProcess, Process), Root and
// File.SyscallConn are not provided.
package os

import (
	"errors"
	"internal/oserror"
	"io"
	"io/fs"
	"syscall"
	"time"
)

// Portable errors; test for them with errors.Is.
var (
	// ErrInvalid is an invalid argument; File methods return it for a
	// nil *File.
	ErrInvalid = fs.ErrInvalid // "invalid argument"

	ErrPermission = fs.ErrPermission // "permission denied"
	ErrExist      = fs.ErrExist      // "file already exists"
	ErrNotExist   = fs.ErrNotExist   // "file does not exist"
	ErrClosed     = fs.ErrClosed     // "file already closed"

	ErrNoDeadline       = errNoDeadline       // "file type does not support deadline"
	ErrDeadlineExceeded = errDeadlineExceeded // "i/o timeout"
)

var errNoDeadline = errors.New("file type does not support deadline")

// deadlineError is the error of an I/O operation past its deadline.
type deadlineError struct{}

func (deadlineError) Error() string   { return "i/o timeout" }
func (deadlineError) Timeout() bool   { return true }
func (deadlineError) Temporary() bool { return true }

var errDeadlineExceeded error = deadlineError{}

var (
	// ErrProcessDone reports that a Process has finished.
	ErrProcessDone = errors.New("os: process already finished")

	// ErrNoHandle reports that a Process has no handle.
	ErrNoHandle = errors.New("os: process handle unavailable")
)

// PathError records an error and the operation and path that caused it.
type PathError = fs.PathError

// SyscallError records an error from a system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// Timeout reports whether the error is a timeout.
func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// NewSyscallError returns a *SyscallError for the call and error, or nil
// if err is nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// LinkError records an error of a link, symlink or rename and the paths
// involved.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error { return e.Err }

// underlyingError unwraps the errors of this package once.
func underlyingError(err error) error {
	switch e := err.(type) {
	case *PathError:
		return e.Err
	case *LinkError:
		return e.Err
	case *SyscallError:
		return e.Err
	}
	return err
}

func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

// IsExist reports whether err says a file or directory already exists.
// Prefer errors.Is(err, fs.ErrExist), which also sees wrapped errors.
func IsExist(err error) bool { return underlyingErrorIs(err, oserror.ErrExist) }

// IsNotExist reports whether err says a file or directory does not exist.
// Prefer errors.Is(err, fs.ErrNotExist).
func IsNotExist(err error) bool { return underlyingErrorIs(err, oserror.ErrNotExist) }

// IsPermission reports whether err says permission was denied. Prefer
// errors.Is(err, fs.ErrPermission).
func IsPermission(err error) bool { return underlyingErrorIs(err, oserror.ErrPermission) }

// IsTimeout reports whether err is a timeout.
func IsTimeout(err error) bool {
	t, ok := underlyingError(err).(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// Flags for OpenFile. Exactly one of O_RDONLY, O_WRONLY and O_RDWR must be
// given; the others may be or'ed in.
const (
	O_RDONLY int = syscall.O_RDONLY // open for reading only
	O_WRONLY int = syscall.O_WRONLY // open for writing only
	O_RDWR   int = syscall.O_RDWR   // open for reading and writing
	O_APPEND int = syscall.O_APPEND // append when writing
	O_CREATE int = syscall.O_CREAT  // create the file if it does not exist
	O_EXCL   int = syscall.O_EXCL   // with O_CREATE, the file must not exist
	O_SYNC   int = syscall.O_SYNC   // synchronous I/O
	O_TRUNC  int = syscall.O_TRUNC  // truncate a regular writable file
)

// Whence values for Seek.
//
// Deprecated: use io.SeekStart, io.SeekCurrent and io.SeekEnd.
const (
	SEEK_SET int = 0 // relative to the start
	SEEK_CUR int = 1 // relative to the current offset
	SEEK_END int = 2 // relative to the end
)

// Path separators.
const (
	PathSeparator     = '/' // separates path elements
	PathListSeparator = ':' // separates paths in lists such as $PATH
)

// IsPathSeparator reports whether c separates path elements.
func IsPathSeparator(c uint8) bool { return c == PathSeparator }

// DevNull is the name of the null device.
const DevNull = "/dev/null"

// File is an open file descriptor. Its methods are safe for use by one
// goroutine at a time.
type File struct {
	fd         int
	name       string
	closed     bool
	appendMode bool
	dir        *dirReader // set once directory reading starts
}

// Stdin, Stdout and Stderr are the standard input, output and error.
var (
	Stdin  = NewFile(uintptr(syscall.Stdin), "/dev/stdin")
	Stdout = NewFile(uintptr(syscall.Stdout), "/dev/stdout")
	Stderr = NewFile(uintptr(syscall.Stderr), "/dev/stderr")
)

// NewFile returns a File for the descriptor fd, or nil if fd is not a
// valid descriptor number.
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{fd: int(fd), name: name}
}

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates the named file, opened for reading and
// writing (mode 0666 before the umask if it is created).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// syscallMode converts a FileMode to Unix mode bits.
func syscallMode(m FileMode) uint32 {
	o := uint32(m.Perm())
	if m&ModeSetuid != 0 {
		o |= syscall.S_ISUID
	}
	if m&ModeSetgid != 0 {
		o |= syscall.S_ISGID
	}
	if m&ModeSticky != 0 {
		o |= syscall.S_ISVTX
	}
	return o
}

// OpenFile opens the named file with the given flags (O_RDONLY etc.) and,
// if it is created, permission bits perm (before the umask).
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(name, flag|syscall.O_CLOEXEC, syscallMode(perm))
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, &PathError{Op: "open", Path: name, Err: err}
	}
	f := NewFile(uintptr(fd), name)
	f.appendMode = flag&O_APPEND != 0
	return f, nil
}

// checkValid returns the error of using f for op, if f is nil or closed.
func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// wrapErr wraps a system call error in a *PathError.
func (f *File) wrapErr(op string, err error) error {
	if err == nil || err == io.EOF {
		return err
	}
	return &PathError{Op: op, Path: f.name, Err: err}
}

// Name returns the name the file was opened with.
func (f *File) Name() string { return f.name }

// Fd returns the file's descriptor (^uintptr(0) if the file is closed).
func (f *File) Fd() uintptr {
	if f == nil || f.closed {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// Close closes the file. Closing it twice is an error.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if err := syscall.Close(f.fd); err != nil {
		return &PathError{Op: "close", Path: f.name, Err: err}
	}
	return nil
}

// Read reads up to len(b) bytes and returns how many it read; at the end
// of the file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	for {
		n, err = syscall.Read(f.fd, b)
		if err != syscall.EINTR {
			break
		}
	}
	if n < 0 {
		n = 0
	}
	if n == 0 && len(b) > 0 && err == nil {
		return 0, io.EOF
	}
	return n, f.wrapErr("read", err)
}

// ReadAt reads len(b) bytes from offset off, without moving the file
// offset. A short read comes with an error (io.EOF at the end of the
// file).
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := syscall.Pread(f.fd, b, off)
		if e == syscall.EINTR {
			continue
		}
		if e != nil {
			err = f.wrapErr("read", e)
			break
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// Write writes b to the file and returns how many bytes it wrote; fewer
// than len(b) comes with an error.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	for len(b) > 0 {
		m, e := syscall.Write(f.fd, b)
		if e == syscall.EINTR {
			continue
		}
		if m > 0 {
			n += m
			b = b[m:]
		}
		if e != nil {
			return n, f.wrapErr("write", e)
		}
		if m == 0 {
			return n, io.ErrShortWrite
		}
	}
	return n, nil
}

// WriteString is like Write with a string.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

var errWriteAtInAppendMode = errors.New("os: invalid use of WriteAt on file opened with O_APPEND")

// WriteAt writes b at offset off, without moving the file offset. It is
// an error for a file opened with O_APPEND.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.appendMode {
		return 0, errWriteAtInAppendMode
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := syscall.Pwrite(f.fd, b, off)
		if e == syscall.EINTR {
			continue
		}
		if e != nil {
			err = f.wrapErr("write", e)
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// Seek sets the offset of the next Read or Write (whence: io.SeekStart,
// io.SeekCurrent or io.SeekEnd) and returns the new offset.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	ret, e := syscall.Seek(f.fd, offset, whence)
	if e == nil && f.dir != nil && offset == 0 && whence == io.SeekStart {
		f.dir = nil // restart directory reading
	}
	if e != nil {
		return 0, f.wrapErr("seek", e)
	}
	return ret, nil
}

// noReadFrom hides File's ReadFrom from io.Copy.
type noReadFrom struct{ f *File }

func (w noReadFrom) Write(b []byte) (int, error) { return w.f.Write(b) }

// noWriteTo hides File's WriteTo from io.Copy.
type noWriteTo struct{ f *File }

func (r noWriteTo) Read(b []byte) (int, error) { return r.f.Read(b) }

// ReadFrom implements io.ReaderFrom: it copies r into the file.
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	return io.Copy(noReadFrom{f}, r)
}

// WriteTo implements io.WriterTo: it copies the rest of the file to w.
func (f *File) WriteTo(w io.Writer) (n int64, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	return io.Copy(w, noWriteTo{f})
}

// Stat returns the FileInfo of the file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	var st fileStat
	if err := syscall.Fstat(f.fd, &st.sys); err != nil {
		return nil, &PathError{Op: "stat", Path: f.name, Err: err}
	}
	st.fill(basename(f.name))
	return &st, nil
}

// Sync commits the file's contents to stable storage.
func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	return f.wrapErr("sync", syscall.Fsync(f.fd))
}

// Truncate changes the size of the file (not its offset).
func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	return f.wrapErr("truncate", syscall.Ftruncate(f.fd, size))
}

// Chmod changes the mode of the file.
func (f *File) Chmod(mode FileMode) error {
	if err := f.checkValid("chmod"); err != nil {
		return err
	}
	return f.wrapErr("chmod", syscall.Fchmod(f.fd, syscallMode(mode)))
}

// Chown changes the owner and group of the file.
func (f *File) Chown(uid, gid int) error {
	if err := f.checkValid("chown"); err != nil {
		return err
	}
	return f.wrapErr("chown", syscall.Fchown(f.fd, uid, gid))
}

// Chdir makes the file, a directory, the current directory.
func (f *File) Chdir() error {
	if err := f.checkValid("chdir"); err != nil {
		return err
	}
	return f.wrapErr("chdir", syscall.Fchdir(f.fd))
}

// SetDeadline sets the read and write deadlines. Regular files do not
// support deadlines, so it fails with ErrNoDeadline.
func (f *File) SetDeadline(t time.Time) error {
	if err := f.checkValid("SetDeadline"); err != nil {
		return err
	}
	return &PathError{Op: "SetDeadline", Path: f.name, Err: ErrNoDeadline}
}

// SetReadDeadline sets the read deadline (see SetDeadline).
func (f *File) SetReadDeadline(t time.Time) error {
	if err := f.checkValid("SetReadDeadline"); err != nil {
		return err
	}
	return &PathError{Op: "SetReadDeadline", Path: f.name, Err: ErrNoDeadline}
}

// SetWriteDeadline sets the write deadline (see SetDeadline).
func (f *File) SetWriteDeadline(t time.Time) error {
	if err := f.checkValid("SetWriteDeadline"); err != nil {
		return err
	}
	return &PathError{Op: "SetWriteDeadline", Path: f.name, Err: ErrNoDeadline}
}

// Pipe returns a connected pair of Files: reads from r return what is
// written to w.
func Pipe() (r *File, w *File, err error) {
	p := make([]int, 2)
	if e := syscall.Pipe(p); e != nil {
		return nil, nil, NewSyscallError("pipe2", e)
	}
	return NewFile(uintptr(p[0]), "|0"), NewFile(uintptr(p[1]), "|1"), nil
}
