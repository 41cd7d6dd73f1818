package syscall

// The system calls. Each sys* function is native: it performs the call and
// returns its results with the error number (0 on success).

func sysOpen(path string, mode int, perm uint32) (fd int, errno Errno)
func sysClose(fd int) Errno
func sysRead(fd int, p []byte) (n int, errno Errno)
func sysWrite(fd int, p []byte) (n int, errno Errno)
func sysPread(fd int, p []byte, offset int64) (n int, errno Errno)
func sysPwrite(fd int, p []byte, offset int64) (n int, errno Errno)
func sysSeek(fd int, offset int64, whence int) (off int64, errno Errno)
func sysDup(oldfd int) (fd int, errno Errno)
func sysDup2(oldfd, newfd int) Errno
func sysPipe() (r, w int, errno Errno)
func sysFsync(fd int) Errno
func sysFtruncate(fd int, length int64) Errno
func sysTruncate(path string, length int64) Errno
func sysStat(path string, stat *Stat_t) Errno
func sysLstat(path string, stat *Stat_t) Errno
func sysFstat(fd int, stat *Stat_t) Errno
func sysGetdents(fd int, buf []byte) (n int, errno Errno)
func sysMkdir(path string, mode uint32) Errno
func sysRmdir(path string) Errno
func sysUnlink(path string) Errno
func sysRename(oldpath, newpath string) Errno
func sysLink(oldpath, newpath string) Errno
func sysSymlink(oldpath, newpath string) Errno
func sysReadlink(path string, buf []byte) (n int, errno Errno)
func sysChmod(path string, mode uint32) Errno
func sysFchmod(fd int, mode uint32) Errno
func sysChown(path string, uid, gid int, follow bool) Errno
func sysFchown(fd int, uid, gid int) Errno
func sysUtimesNano(path string, atime, mtime int64) Errno
func sysAccess(path string, mode uint32) Errno
func sysGetwd() (wd string, errno Errno)
func sysChdir(path string) Errno
func sysFchdir(fd int) Errno
func sysUmask(mask int) int
func sysKill(pid int, sig Signal) Errno

// Getpid returns the process id. (Native.)
func Getpid() (pid int)

// Getppid returns the parent's process id. (Native.)
func Getppid() (ppid int)

// Getuid returns the user id. (Native.)
func Getuid() (uid int)

// Geteuid returns the effective user id. (Native.)
func Geteuid() (euid int)

// Getgid returns the group id. (Native.)
func Getgid() (gid int)

// Getegid returns the effective group id. (Native.)
func Getegid() (egid int)

// Exit ends the process at once with the given status; deferred calls do
// not run. (Native.)
func Exit(code int)

// Sync flushes file system buffers. (Native.)
func Sync()

// Getpagesize returns the memory page size.
func Getpagesize() int { return 4096 }

func Open(path string, mode int, perm uint32) (fd int, err error) {
	fd, e := sysOpen(path, mode, perm)
	return fd, errnoErr(e)
}

func Close(fd int) (err error) { return errnoErr(sysClose(fd)) }

func Read(fd int, p []byte) (n int, err error) {
	n, e := sysRead(fd, p)
	return n, errnoErr(e)
}

func Write(fd int, p []byte) (n int, err error) {
	n, e := sysWrite(fd, p)
	return n, errnoErr(e)
}

func Pread(fd int, p []byte, offset int64) (n int, err error) {
	n, e := sysPread(fd, p, offset)
	return n, errnoErr(e)
}

func Pwrite(fd int, p []byte, offset int64) (n int, err error) {
	n, e := sysPwrite(fd, p, offset)
	return n, errnoErr(e)
}

func Seek(fd int, offset int64, whence int) (off int64, err error) {
	off, e := sysSeek(fd, offset, whence)
	return off, errnoErr(e)
}

func Dup(oldfd int) (fd int, err error) {
	fd, e := sysDup(oldfd)
	return fd, errnoErr(e)
}

func Dup2(oldfd int, newfd int) (err error) { return errnoErr(sysDup2(oldfd, newfd)) }

func Pipe(p []int) error {
	if len(p) != 2 {
		return EINVAL
	}
	r, w, e := sysPipe()
	if e != 0 {
		return e
	}
	p[0], p[1] = r, w
	return nil
}

func Fsync(fd int) (err error) { return errnoErr(sysFsync(fd)) }

func Ftruncate(fd int, length int64) (err error) { return errnoErr(sysFtruncate(fd, length)) }

func Truncate(path string, length int64) (err error) { return errnoErr(sysTruncate(path, length)) }

func Stat(path string, stat *Stat_t) (err error) { return errnoErr(sysStat(path, stat)) }

func Lstat(path string, stat *Stat_t) (err error) { return errnoErr(sysLstat(path, stat)) }

func Fstat(fd int, stat *Stat_t) (err error) { return errnoErr(sysFstat(fd, stat)) }

// Getdents reads directory entries (struct linux_dirent64) from the open
// directory fd into buf.
func Getdents(fd int, buf []byte) (n int, err error) {
	n, e := sysGetdents(fd, buf)
	return n, errnoErr(e)
}

func Mkdir(path string, mode uint32) (err error) { return errnoErr(sysMkdir(path, mode)) }

func Rmdir(path string) error { return errnoErr(sysRmdir(path)) }

func Unlink(path string) error { return errnoErr(sysUnlink(path)) }

func Rename(oldpath string, newpath string) (err error) {
	return errnoErr(sysRename(oldpath, newpath))
}

func Link(oldpath string, newpath string) (err error) { return errnoErr(sysLink(oldpath, newpath)) }

func Symlink(oldpath string, newpath string) (err error) {
	return errnoErr(sysSymlink(oldpath, newpath))
}

func Readlink(path string, buf []byte) (n int, err error) {
	n, e := sysReadlink(path, buf)
	return n, errnoErr(e)
}

func Chmod(path string, mode uint32) (err error) { return errnoErr(sysChmod(path, mode)) }

func Fchmod(fd int, mode uint32) (err error) { return errnoErr(sysFchmod(fd, mode)) }

func Chown(path string, uid int, gid int) (err error) {
	return errnoErr(sysChown(path, uid, gid, true))
}

func Lchown(path string, uid int, gid int) (err error) {
	return errnoErr(sysChown(path, uid, gid, false))
}

func Fchown(fd int, uid int, gid int) (err error) { return errnoErr(sysFchown(fd, uid, gid)) }

// UtimesNano sets the access and modification times of path (ts[0] and
// ts[1]).
func UtimesNano(path string, ts []Timespec) (err error) {
	if len(ts) != 2 {
		return EINVAL
	}
	return errnoErr(sysUtimesNano(path, ts[0].Nano(), ts[1].Nano()))
}

func Access(path string, mode uint32) (err error) { return errnoErr(sysAccess(path, mode)) }

func Getwd() (wd string, err error) {
	wd, e := sysGetwd()
	return wd, errnoErr(e)
}

func Chdir(path string) (err error) { return errnoErr(sysChdir(path)) }

func Fchdir(fd int) (err error) { return errnoErr(sysFchdir(fd)) }

func Umask(mask int) (oldmask int) { return sysUmask(mask) }

func Kill(pid int, sig Signal) (err error) { return errnoErr(sysKill(pid, sig)) }

// ParseDirent parses up to max directory entries (all if max < 0) from
// buf, as filled by Getdents, appending their names (except "." and "..")
// to names. It returns the bytes consumed, the number of entries added and
// the names.
func ParseDirent(buf []byte, max int, names []string) (consumed int, count int, newnames []string) {
	orig := len(buf)
	count = 0
	for max != 0 && len(buf) > 0 {
		// struct linux_dirent64: ino u64, off s64, reclen u16, type u8,
		// then the NUL-terminated name.
		if len(buf) < 19 {
			break
		}
		reclen := int(buf[16]) | int(buf[17])<<8
		if reclen > len(buf) || reclen < 19 {
			break
		}
		rec := buf[:reclen]
		buf = buf[reclen:]
		ino := uint64(0)
		for i := 7; i >= 0; i-- {
			ino = ino<<8 | uint64(rec[i])
		}
		if ino == 0 {
			continue
		}
		name := rec[19:]
		for i, c := range name {
			if c == 0 {
				name = name[:i]
				break
			}
		}
		if string(name) == "." || string(name) == ".." {
			continue
		}
		max--
		count++
		names = append(names, string(name))
	}
	return orig - len(buf), count, names
}
