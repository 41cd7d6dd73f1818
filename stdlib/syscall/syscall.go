// Package syscall is gorun's implementation of the part of Go's syscall
// package (linux/amd64) that the os package and ordinary programs use:
// errors and signals, file system calls, the environment and process ids.
//
// Native functions: the unexported sys* functions (one per system call,
// returning an Errno), Getpid, Getppid, Getuid, Geteuid, Getgid, Getegid,
// Exit, Sync, and the environment (getenv, setenv, unsetenv, Clearenv,
// Environ). The exported wrappers turn a non-zero Errno into an error.
package syscall

import (
	"errors"
	"internal/oserror"
)

// Errno is an error number from the operating system. The zero Errno is not
// an error, so converting one to an error should check for it:
//
//	err = nil
//	if errno != 0 {
//		err = errno
//	}
//
// Errnos match the portable errors of io/fs with errors.Is.
type Errno uintptr

func (e Errno) Error() string {
	if 0 <= int(e) && int(e) < len(errorTexts) {
		if s := errorTexts[e]; s != "" {
			return s
		}
	}
	return "errno " + itoa(int(e))
}

// Is reports whether e stands for the portable error target.
func (e Errno) Is(target error) bool {
	var family []Errno
	switch target {
	case oserror.ErrPermission:
		family = []Errno{EACCES, EPERM}
	case oserror.ErrExist:
		family = []Errno{EEXIST, ENOTEMPTY}
	case oserror.ErrNotExist:
		family = []Errno{ENOENT}
	case errors.ErrUnsupported:
		family = []Errno{ENOSYS, ENOTSUP, EOPNOTSUPP}
	}
	for _, member := range family {
		if e == member {
			return true
		}
	}
	return false
}

// Temporary reports whether the condition may go away if retried.
func (e Errno) Temporary() bool {
	switch e {
	case EINTR, EMFILE, ENFILE:
		return true
	}
	return e.Timeout()
}

// Timeout reports whether e is a timeout.
func (e Errno) Timeout() bool {
	switch e {
	case EAGAIN, ETIMEDOUT:
		return true
	}
	return e == EWOULDBLOCK
}

// errnoErr converts an Errno to an error, nil for 0.
func errnoErr(e Errno) error {
	if e == 0 {
		return nil
	}
	return e
}

// Signal is a Unix signal number.
type Signal int

// Signal does nothing; it makes Signal implement os.Signal.
func (s Signal) Signal() {}

func (s Signal) String() string {
	if 0 <= s && int(s) < len(signalNames) {
		if str := signalNames[s]; str != "" {
			return str
		}
	}
	return "signal " + itoa(int(s))
}

func itoa(v int) string {
	if v < 0 {
		return "-" + uitoa(uint(-v))
	}
	return uitoa(uint(v))
}

func uitoa(v uint) string {
	var buf [20]byte
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

// Standard file descriptors.
var (
	Stdin  = 0
	Stdout = 1
	Stderr = 2
)

// ImplementsGetwd reports that Getwd is implemented.
const ImplementsGetwd = true

// PathMax is the longest path the system accepts.
const PathMax = 0x1000

// Flags for Open.
const (
	O_ACCMODE   = 0x3
	O_APPEND    = 0x400
	O_ASYNC     = 0x2000
	O_CLOEXEC   = 0x80000
	O_CREAT     = 0x40
	O_DIRECT    = 0x4000
	O_DIRECTORY = 0x10000
	O_DSYNC     = 0x1000
	O_EXCL      = 0x80
	O_FSYNC     = 0x101000
	O_LARGEFILE = 0x0
	O_NDELAY    = 0x800
	O_NOATIME   = 0x40000
	O_NOCTTY    = 0x100
	O_NOFOLLOW  = 0x20000
	O_NONBLOCK  = 0x800
	O_RDONLY    = 0x0
	O_RDWR      = 0x2
	O_RSYNC     = 0x101000
	O_SYNC      = 0x101000
	O_TRUNC     = 0x200
	O_WRONLY    = 0x1
)

// File mode bits (Stat_t.Mode).
const (
	S_IEXEC  = 0x40
	S_IFBLK  = 0x6000
	S_IFCHR  = 0x2000
	S_IFDIR  = 0x4000
	S_IFIFO  = 0x1000
	S_IFLNK  = 0xa000
	S_IFMT   = 0xf000
	S_IFREG  = 0x8000
	S_IFSOCK = 0xc000
	S_IREAD  = 0x100
	S_IRGRP  = 0x20
	S_IROTH  = 0x4
	S_IRUSR  = 0x100
	S_IRWXG  = 0x38
	S_IRWXO  = 0x7
	S_IRWXU  = 0x1c0
	S_ISGID  = 0x400
	S_ISUID  = 0x800
	S_ISVTX  = 0x200
	S_IWGRP  = 0x10
	S_IWOTH  = 0x2
	S_IWRITE = 0x80
	S_IWUSR  = 0x80
	S_IXGRP  = 0x8
	S_IXOTH  = 0x1
	S_IXUSR  = 0x40
)

// Directory entry types (from Getdents).
const (
	DT_BLK     = 0x6
	DT_CHR     = 0x2
	DT_DIR     = 0x4
	DT_FIFO    = 0x1
	DT_LNK     = 0xa
	DT_REG     = 0x8
	DT_SOCK    = 0xc
	DT_UNKNOWN = 0x0
	DT_WHT     = 0xe
)

// F_OK is the Access mode that checks only for existence.
const F_OK = 0x0

// Timespec is a time in seconds and nanoseconds.
type Timespec struct {
	Sec  int64
	Nsec int64
}

// Unix returns ts as seconds and nanoseconds.
func (ts *Timespec) Unix() (sec int64, nsec int64) {
	return int64(ts.Sec), int64(ts.Nsec)
}

// Nano returns ts in nanoseconds.
func (ts *Timespec) Nano() int64 {
	return int64(ts.Sec)*1e9 + int64(ts.Nsec)
}

// TimespecToNsec returns ts in nanoseconds.
func TimespecToNsec(ts Timespec) int64 { return ts.Nano() }

// NsecToTimespec converts nanoseconds to a Timespec.
func NsecToTimespec(nsec int64) Timespec {
	sec, rem := nsec/1e9, nsec%1e9
	if rem < 0 {
		// Division truncates toward zero; the nanoseconds must not be
		// negative, so borrow a second.
		sec, rem = sec-1, rem+1e9
	}
	return Timespec{Sec: sec, Nsec: rem}
}

// Stat_t is the result of Stat, Lstat and Fstat.
type Stat_t struct {
	Dev       uint64
	Ino       uint64
	Nlink     uint64
	Mode      uint32
	Uid       uint32
	Gid       uint32
	X__pad0   int32
	Rdev      uint64
	Size      int64
	Blksize   int64
	Blocks    int64
	Atim      Timespec
	Mtim      Timespec
	Ctim      Timespec
	X__unused [3]int64
}
