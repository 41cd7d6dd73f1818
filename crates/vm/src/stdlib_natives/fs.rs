//! `syscall`'s file-system calls: the bodiless `sys*` functions of
//! `stdlib/syscall/calls.go` beyond open, close, read and write (in `natives.rs`) and the
//! working directory (in `os.rs`).
//!
//! Design:
//!
//! * No libc: every call goes through Rust's `std` (`std::fs`, the Unix extension traits,
//!   `std::io::pipe`), and a failure's host error number is the `Errno` Go sees (Linux
//!   numbering; an error without one becomes `EINVAL` for a bad argument, else `EIO`).
//! * Descriptors stay virtual, as `sysOpen` made them: 0, 1 and 2 are the machine's
//!   standard streams, and descriptor `fd >= 3` is `m.files[fd - 3]`. A call on 0, 1 or 2
//!   flushes the machine's buffered output and then works on a duplicate of the host's
//!   stream (so `os.Stdout.Stat()` sees the real terminal, pipe or file); `Dup2` cannot
//!   replace those three and returns `ENOSYS`.
//! * Paths are Go strings taken byte for byte (no UTF-8 check), as the kernel takes them.
//! * `Getdents` has no `std` counterpart. It lists the directory behind the descriptor
//!   (through `/proc/self/fd/N`, so a renamed directory still works) and uses the
//!   descriptor's own file offset as the cursor: the number of entries already returned.
//!   A fresh descriptor starts at 0, `Seek(0, 0)` rewinds, and closing forgets it — the
//!   state lives in the kernel with the descriptor, none here. Records are
//!   `struct linux_dirent64` (ino u64, off i64, reclen u16, type u8, name, NUL, padded
//!   to 8 bytes); "." and ".." are not listed. The listing is re-read per call, so a
//!   directory changed between two calls may see entries shift.
//! * What `std` cannot do is approximated: `Access` checks the permission bits against
//!   the real user and groups (from `/proc/self/status`); `UtimesNano` opens the file to
//!   set its times (so needs read or write permission on it); `Umask` reports the
//!   process's mask but cannot change it; `Kill` only supports signal 0 (a liveness
//!   check) and returns `ENOSYS` for real signals.
//! * Blocking calls (reading an empty pipe) block the whole machine, as `sysRead` does.

use crate::goroutine::Goroutine;
use crate::interp::{Machine, Trap};
use crate::mem;
use crate::natives::{Native, arg_str};
use std::ffi::OsString;
use std::fs::{File, Metadata};
use std::io::{self, Seek, SeekFrom};
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::{DirBuilderExt, FileExt, FileTypeExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

pub fn lookup(name: &str) -> Option<Native> {
    let f: Native = match name {
        "syscall.sysPread" => pread,
        "syscall.sysPwrite" => pwrite,
        "syscall.sysSeek" => seek,
        "syscall.sysDup" => dup,
        "syscall.sysDup2" => dup2,
        "syscall.sysPipe" => pipe,
        "syscall.sysFsync" => fsync,
        "syscall.sysFtruncate" => ftruncate,
        "syscall.sysTruncate" => truncate,
        "syscall.sysStat" => stat,
        "syscall.sysLstat" => lstat,
        "syscall.sysFstat" => fstat,
        "syscall.sysGetdents" => getdents,
        "syscall.sysMkdir" => mkdir,
        "syscall.sysRmdir" => rmdir,
        "syscall.sysUnlink" => unlink,
        "syscall.sysRename" => rename,
        "syscall.sysLink" => link,
        "syscall.sysSymlink" => symlink,
        "syscall.sysReadlink" => readlink,
        "syscall.sysChmod" => chmod,
        "syscall.sysFchmod" => fchmod,
        "syscall.sysChown" => chown,
        "syscall.sysFchown" => fchown,
        "syscall.sysUtimesNano" => utimes_nano,
        "syscall.sysAccess" => access,
        "syscall.sysFchdir" => fchdir,
        "syscall.sysUmask" => umask,
        "syscall.sysKill" => kill,
        _ => return None,
    };
    Some(f)
}

// ---- Error numbers (Linux) ----

const EIO: i32 = 5;
const EBADF: i32 = 9;
const EFAULT: i32 = 14;
const EINVAL: i32 = 22;
const ESRCH: i32 = 3;
const EACCES: i32 = 13;
const ENOSYS: i32 = 38;
/// `O_NONBLOCK`: opening a FIFO only to truncate it or set its times must not wait.
const O_NONBLOCK: i32 = 0x800;

fn err(n: i32) -> io::Error {
    io::Error::from_raw_os_error(n)
}

/// The `Errno` of a failed call.
fn errno(e: &io::Error) -> u64 {
    match e.raw_os_error() {
        Some(n) => n as u64,
        // std's own checks (a NUL byte in a path, a bad argument) have no host number.
        None if e.kind() == io::ErrorKind::InvalidInput => EINVAL as u64,
        None => EIO as u64,
    }
}

/// An `Errno` word for a call's outcome (0 on success).
fn status(r: io::Result<()>) -> u64 {
    r.map_or_else(|e| errno(&e), |()| 0)
}

// ---- Arguments and descriptors ----

/// The path (a Go string) at `g.stack[at..at + 2]`, byte for byte.
fn path_arg(g: &Goroutine, at: usize) -> PathBuf {
    PathBuf::from(OsString::from_vec(arg_str(g, at)))
}

/// The descriptor argument at `g.stack[at]`.
fn fd_arg(g: &Goroutine, at: usize) -> i64 {
    g.stack[at] as i64
}

/// The file of a virtual descriptor 3 and up.
fn own_file<'m>(m: &'m Machine<'_>, fd: i64) -> Option<&'m File> {
    let i = usize::try_from(fd.checked_sub(3)?).ok()?;
    m.files.get(i)?.as_ref()
}

/// A duplicate of the host's standard stream `fd` (0, 1 or 2), after flushing what the
/// machine holds for it.
fn host_std(m: &mut Machine<'_>, fd: i64) -> io::Result<File> {
    m.flush_print();
    m.flush_stdout();
    let owned: OwnedFd = match fd {
        0 => io::stdin().as_fd().try_clone_to_owned()?,
        1 => io::stdout().as_fd().try_clone_to_owned()?,
        _ => io::stderr().as_fd().try_clone_to_owned()?,
    };
    Ok(File::from(owned))
}

/// Runs `op` on the file behind virtual descriptor `fd` (`EBADF` if none).
fn with_file<T>(m: &mut Machine<'_>, fd: i64, op: impl FnOnce(&File) -> io::Result<T>) -> io::Result<T> {
    if (0..3).contains(&fd) {
        let f = host_std(m, fd)?;
        return op(&f);
    }
    match own_file(m, fd) {
        Some(f) => op(f),
        None => Err(err(EBADF)),
    }
}

/// Puts `f` in the lowest free descriptor slot and returns its descriptor.
fn install(m: &mut Machine<'_>, f: File) -> u64 {
    let slot = m.files.iter().position(Option::is_none).unwrap_or_else(|| {
        m.files.push(None);
        m.files.len() - 1
    });
    m.files[slot] = Some(f);
    slot as u64 + 3
}

/// Copies `data` into the Go byte slice whose data pointer is `ptr` (its length is at
/// least `data.len()`, which the caller ensures).
fn copy_out(ptr: u64, data: &[u8]) {
    // SAFETY: every caller passes a byte slice argument's data pointer with `data.len()`
    // no larger than that slice's length, so the range lies in its live backing array.
    unsafe { mem::copy(ptr, data.as_ptr() as u64, data.len() as u64) };
}

/// The bytes of the Go byte slice (data, len) at `g.stack[at..]`, copied.
fn slice_arg(g: &Goroutine, at: usize) -> Vec<u8> {
    // SAFETY: the compiler passes a byte slice value as (data, len, cap) in these words.
    unsafe { mem::bytes(g.stack[at], g.stack[at + 1]) }.to_vec()
}

// ---- Reading and writing at offsets ----

/// `sysPread(fd int, p []byte, offset int64) (n int, errno Errno)`.
fn pread(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let fd = fd_arg(g, base);
    let (ptr, len, off) = (g.stack[base + 1], g.stack[base + 2] as usize, g.stack[base + 4] as i64);
    let mut buf = vec![0u8; len];
    let r = match u64::try_from(off) {
        Ok(off) => with_file(m, fd, |f| f.read_at(&mut buf, off)),
        Err(_) => Err(err(EINVAL)),
    };
    let (n, e) = match r {
        Ok(n) => {
            copy_out(ptr, &buf[..n]);
            (n as u64, 0)
        }
        Err(e) => (0, errno(&e)),
    };
    g.stack[base] = n;
    g.stack[base + 1] = e;
    Ok(())
}

/// `sysPwrite(fd int, p []byte, offset int64) (n int, errno Errno)`.
fn pwrite(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let fd = fd_arg(g, base);
    let data = slice_arg(g, base + 1);
    let off = g.stack[base + 4] as i64;
    let r = match u64::try_from(off) {
        Ok(off) => with_file(m, fd, |f| f.write_at(&data, off)),
        Err(_) => Err(err(EINVAL)),
    };
    let (n, e) = match r {
        Ok(n) => (n as u64, 0),
        Err(e) => (0, errno(&e)),
    };
    g.stack[base] = n;
    g.stack[base + 1] = e;
    Ok(())
}

/// `sysSeek(fd int, offset int64, whence int) (off int64, errno Errno)`.
fn seek(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let fd = fd_arg(g, base);
    let (off, whence) = (g.stack[base + 1] as i64, g.stack[base + 2] as i64);
    let to = match whence {
        0 => u64::try_from(off).ok().map(SeekFrom::Start),
        1 => Some(SeekFrom::Current(off)),
        2 => Some(SeekFrom::End(off)),
        _ => None,
    };
    let r = match to {
        Some(to) => with_file(m, fd, |mut f| f.seek(to)),
        None => Err(err(EINVAL)),
    };
    let (pos, e) = match r {
        Ok(pos) => (pos, 0),
        Err(e) => (u64::MAX, errno(&e)),
    };
    g.stack[base] = pos;
    g.stack[base + 1] = e;
    Ok(())
}

// ---- Descriptors ----

/// `sysDup(oldfd int) (fd int, errno Errno)`: the new descriptor shares the old one's
/// offset and flags, as dup(2)'s does.
fn dup(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let fd = fd_arg(g, base);
    let (new, e) = match with_file(m, fd, File::try_clone) {
        Ok(f) => (install(m, f), 0),
        Err(e) => (u64::MAX, errno(&e)),
    };
    g.stack[base] = new;
    g.stack[base + 1] = e;
    Ok(())
}

/// The highest descriptor `Dup2` creates (as a process's open-file limit would).
const MAX_FD: i64 = 1 << 16;

/// `sysDup2(oldfd, newfd int) Errno`: closes what `newfd` named. The standard streams
/// cannot be replaced (`ENOSYS`).
fn dup2(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let (old, new) = (fd_arg(g, base), fd_arg(g, base + 1));
    let r = if !(0..MAX_FD).contains(&new) {
        Err(err(EBADF))
    } else {
        match with_file(m, old, File::try_clone) {
            Err(e) => Err(e),
            Ok(_) if old == new => Ok(()),
            Ok(_) if new < 3 => Err(err(ENOSYS)),
            Ok(f) => {
                let slot = (new - 3) as usize;
                if m.files.len() <= slot {
                    m.files.resize_with(slot + 1, || None);
                }
                m.files[slot] = Some(f);
                Ok(())
            }
        }
    };
    g.stack[base] = status(r);
    Ok(())
}

/// `sysPipe() (r, w int, errno Errno)`.
fn pipe(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    match io::pipe() {
        Ok((r, w)) => {
            let r = install(m, File::from(OwnedFd::from(r)));
            let w = install(m, File::from(OwnedFd::from(w)));
            g.stack[base] = r;
            g.stack[base + 1] = w;
            g.stack[base + 2] = 0;
        }
        Err(e) => {
            g.stack[base] = u64::MAX;
            g.stack[base + 1] = u64::MAX;
            g.stack[base + 2] = errno(&e);
        }
    }
    Ok(())
}

/// `sysFsync(fd int) Errno`.
fn fsync(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let fd = fd_arg(g, base);
    g.stack[base] = status(with_file(m, fd, File::sync_all));
    Ok(())
}

/// `sysFtruncate(fd int, length int64) Errno`.
fn ftruncate(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let fd = fd_arg(g, base);
    let r = match u64::try_from(g.stack[base + 1] as i64) {
        Ok(len) => with_file(m, fd, |f| f.set_len(len)),
        Err(_) => Err(err(EINVAL)),
    };
    g.stack[base] = status(r);
    Ok(())
}

/// `sysTruncate(path string, length int64) Errno`: like truncate(2), it needs write
/// permission on the file.
fn truncate(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let path = path_arg(g, base);
    let r = match u64::try_from(g.stack[base + 2] as i64) {
        Ok(len) => {
            std::fs::OpenOptions::new().write(true).custom_flags(O_NONBLOCK).open(path).and_then(|f| f.set_len(len))
        }
        Err(_) => Err(err(EINVAL)),
    };
    g.stack[base] = status(r);
    Ok(())
}

// ---- Status ----

/// Writes `md` to the `Stat_t` at `addr` (linux/amd64 layout, 144 bytes).
fn store_stat(addr: u64, md: &Metadata) {
    let words: [u64; 18] = [
        md.dev(),
        md.ino(),
        md.nlink(),
        u64::from(md.mode()) | u64::from(md.uid()) << 32, // Mode, Uid
        u64::from(md.gid()),                              // Gid, X__pad0
        md.rdev(),
        md.size(),
        md.blksize(),
        md.blocks(),
        md.atime() as u64,
        md.atime_nsec() as u64,
        md.mtime() as u64,
        md.mtime_nsec() as u64,
        md.ctime() as u64,
        md.ctime_nsec() as u64,
        0,
        0,
        0,
    ];
    for (i, w) in words.iter().enumerate() {
        // SAFETY: `addr` is a non-nil *Stat_t (the callers check nil), so it points at a
        // live, 8-aligned object of 144 bytes = 18 words; Go's little-endian layout puts
        // Mode and Uid (and Gid and the padding) in one word each.
        unsafe { mem::store::<u64>(addr + i as u64 * 8, *w) };
    }
}

/// Stores a stat result at the `*Stat_t` argument `g.stack[at]` and returns the Errno.
fn finish_stat(g: &Goroutine, at: usize, md: io::Result<Metadata>) -> u64 {
    let addr = g.stack[at];
    match md {
        Ok(_) if addr == 0 => EFAULT as u64,
        Ok(md) => {
            store_stat(addr, &md);
            0
        }
        Err(e) => errno(&e),
    }
}

/// `sysStat(path string, stat *Stat_t) Errno`.
fn stat(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let md = std::fs::metadata(path_arg(g, base));
    g.stack[base] = finish_stat(g, base + 2, md);
    Ok(())
}

/// `sysLstat(path string, stat *Stat_t) Errno`.
fn lstat(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let md = std::fs::symlink_metadata(path_arg(g, base));
    g.stack[base] = finish_stat(g, base + 2, md);
    Ok(())
}

/// `sysFstat(fd int, stat *Stat_t) Errno`.
fn fstat(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let md = with_file(m, fd_arg(g, base), File::metadata);
    g.stack[base] = finish_stat(g, base + 1, md);
    Ok(())
}

// ---- Directories ----

/// The `DT_*` type of a directory entry (`DT_UNKNOWN` if the host does not say).
fn dirent_type(t: io::Result<std::fs::FileType>) -> u8 {
    let Ok(t) = t else { return 0 };
    if t.is_dir() {
        4
    } else if t.is_file() {
        8
    } else if t.is_symlink() {
        10
    } else if t.is_char_device() {
        2
    } else if t.is_block_device() {
        6
    } else if t.is_fifo() {
        1
    } else if t.is_socket() {
        12
    } else {
        0
    }
}

/// Fills `cap` bytes at most with the `linux_dirent64` records of `dir`'s entries from
/// index `start` on; returns the records and the index after the last one.
fn dirents(f: &File, start: u64, cap: usize) -> io::Result<(Vec<u8>, u64)> {
    use std::os::unix::fs::DirEntryExt;
    let entries = std::fs::read_dir(format!("/proc/self/fd/{}", f.as_raw_fd()))?;
    let mut out = Vec::new();
    let mut next = start;
    for entry in entries.skip(start as usize) {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) if out.is_empty() => return Err(e),
            Err(_) => break,
        };
        let name = entry.file_name();
        let name = name.as_bytes();
        let reclen = (19 + name.len() + 1).next_multiple_of(8);
        if out.len() + reclen > cap {
            if out.is_empty() {
                return Err(err(EINVAL)); // the buffer cannot hold one record
            }
            break;
        }
        next += 1;
        out.extend_from_slice(&entry.ino().to_le_bytes());
        out.extend_from_slice(&next.to_le_bytes());
        out.extend_from_slice(&(reclen as u16).to_le_bytes());
        out.push(dirent_type(entry.file_type()));
        out.extend_from_slice(name);
        out.resize(out.len() + reclen - 19 - name.len(), 0);
    }
    Ok((out, next))
}

/// `sysGetdents(fd int, buf []byte) (n int, errno Errno)`: 0 at the end of the
/// directory. The descriptor's offset counts the entries returned so far.
fn getdents(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let fd = fd_arg(g, base);
    let (ptr, len) = (g.stack[base + 1], g.stack[base + 2] as usize);
    let r = with_file(m, fd, |mut f| {
        let start = f.stream_position()?;
        let (records, next) = dirents(f, start, len)?;
        f.seek(SeekFrom::Start(next))?;
        Ok(records)
    });
    let (n, e) = match r {
        Ok(records) => {
            copy_out(ptr, &records);
            (records.len() as u64, 0)
        }
        Err(e) => (0, errno(&e)),
    };
    g.stack[base] = n;
    g.stack[base + 1] = e;
    Ok(())
}

/// `sysMkdir(path string, mode uint32) Errno` (the umask applies).
fn mkdir(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let mode = g.stack[base + 2] as u32;
    g.stack[base] = status(std::fs::DirBuilder::new().mode(mode).create(path_arg(g, base)));
    Ok(())
}

/// `sysRmdir(path string) Errno`.
fn rmdir(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    g.stack[base] = status(std::fs::remove_dir(path_arg(g, base)));
    Ok(())
}

/// `sysUnlink(path string) Errno` (`EISDIR` for a directory, as on Linux).
fn unlink(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    g.stack[base] = status(std::fs::remove_file(path_arg(g, base)));
    Ok(())
}

/// `sysRename(oldpath, newpath string) Errno`.
fn rename(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    g.stack[base] = status(std::fs::rename(path_arg(g, base), path_arg(g, base + 2)));
    Ok(())
}

/// `sysLink(oldpath, newpath string) Errno` (a symbolic link is linked, not followed).
fn link(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    g.stack[base] = status(std::fs::hard_link(path_arg(g, base), path_arg(g, base + 2)));
    Ok(())
}

/// `sysSymlink(oldpath, newpath string) Errno`: newpath becomes a link to oldpath.
fn symlink(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    g.stack[base] = status(std::os::unix::fs::symlink(path_arg(g, base), path_arg(g, base + 2)));
    Ok(())
}

/// `sysReadlink(path string, buf []byte) (n int, errno Errno)`: like readlink(2), a
/// target longer than buf is cut to fit.
fn readlink(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let path = path_arg(g, base);
    let (ptr, len) = (g.stack[base + 2], g.stack[base + 3] as usize);
    let r = if len == 0 { Err(err(EINVAL)) } else { std::fs::read_link(path) };
    let (n, e) = match r {
        Ok(target) => {
            let target = target.as_os_str().as_bytes();
            let n = target.len().min(len);
            copy_out(ptr, &target[..n]);
            (n as u64, 0)
        }
        Err(e) => (0, errno(&e)),
    };
    g.stack[base] = n;
    g.stack[base + 1] = e;
    Ok(())
}

// ---- Permissions, owners and times ----

/// `sysChmod(path string, mode uint32) Errno`.
fn chmod(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let perm = std::fs::Permissions::from_mode(g.stack[base + 2] as u32);
    g.stack[base] = status(std::fs::set_permissions(path_arg(g, base), perm));
    Ok(())
}

/// `sysFchmod(fd int, mode uint32) Errno`.
fn fchmod(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let perm = std::fs::Permissions::from_mode(g.stack[base + 1] as u32);
    g.stack[base] = status(with_file(m, fd_arg(g, base), |f| f.set_permissions(perm)));
    Ok(())
}

/// An owner argument: -1 (or any negative id) leaves it unchanged.
fn owner_arg(g: &Goroutine, at: usize) -> Option<u32> {
    u32::try_from(g.stack[at] as i64).ok()
}

/// `sysChown(path string, uid, gid int, follow bool) Errno`: chown, or lchown if not
/// following a final symbolic link.
fn chown(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let path = path_arg(g, base);
    let (uid, gid) = (owner_arg(g, base + 2), owner_arg(g, base + 3));
    let r = if g.stack[base + 4] & 1 != 0 {
        std::os::unix::fs::chown(path, uid, gid)
    } else {
        std::os::unix::fs::lchown(path, uid, gid)
    };
    g.stack[base] = status(r);
    Ok(())
}

/// `sysFchown(fd int, uid, gid int) Errno`.
fn fchown(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let (uid, gid) = (owner_arg(g, base + 1), owner_arg(g, base + 2));
    g.stack[base] = status(with_file(m, fd_arg(g, base), |f| std::os::unix::fs::fchown(f, uid, gid)));
    Ok(())
}

/// Nanoseconds since 1970 as a `SystemTime`.
fn system_time(nsec: i64) -> SystemTime {
    let d = Duration::from_nanos(nsec.unsigned_abs());
    if nsec >= 0 { UNIX_EPOCH + d } else { UNIX_EPOCH - d }
}

/// `sysUtimesNano(path string, atime, mtime int64) Errno`, following a final symbolic
/// link. `std` sets times only through an open file, so the file is opened for reading
/// (or, failing that, writing) first.
fn utimes_nano(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let path = path_arg(g, base);
    let times = std::fs::FileTimes::new()
        .set_accessed(system_time(g.stack[base + 2] as i64))
        .set_modified(system_time(g.stack[base + 3] as i64));
    let open = |write: bool| std::fs::OpenOptions::new().read(!write).write(write).custom_flags(O_NONBLOCK).open(&path);
    let r = match open(false) {
        Err(e) if e.raw_os_error() == Some(EACCES) => open(true),
        r => r,
    };
    g.stack[base] = status(r.and_then(|f| f.set_times(times)));
    Ok(())
}

/// A numeric field of a `/proc/self/status` line (`Uid:`, `Groups:`, …), `radix` 10 or 8.
fn proc_status(key: &str, radix: u32) -> Vec<u32> {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let line = status.lines().find_map(|l| l.strip_prefix(key)).unwrap_or("");
    line.split_whitespace().filter_map(|v| u32::from_str_radix(v, radix).ok()).collect()
}

/// `sysAccess(path string, mode uint32) Errno`: whether the real user may read (4), write
/// (2) or execute (1) path, judged from its permission bits; mode 0 checks existence.
fn access(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let want = g.stack[base + 2] as u32 & 7;
    let r = std::fs::metadata(path_arg(g, base)).and_then(|md| {
        if want == 0 {
            return Ok(());
        }
        let mode = md.mode();
        let uid = proc_status("Uid:", 10).first().copied().unwrap_or(u32::MAX);
        let ok = if uid == 0 {
            // The superuser may read and write anything, and execute what anyone may.
            want & 1 == 0 || md.is_dir() || mode & 0o111 != 0
        } else {
            let gid = proc_status("Gid:", 10).first().copied().unwrap_or(u32::MAX);
            let class = if md.uid() == uid {
                mode >> 6
            } else if md.gid() == gid || proc_status("Groups:", 10).contains(&md.gid()) {
                mode >> 3
            } else {
                mode
            };
            class & want == want
        };
        if ok { Ok(()) } else { Err(err(EACCES)) }
    });
    g.stack[base] = status(r);
    Ok(())
}

// ---- The process ----

/// `sysFchdir(fd int) Errno`: changes to the directory behind the descriptor.
fn fchdir(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let r = with_file(m, fd_arg(g, base), |f| std::env::set_current_dir(format!("/proc/self/fd/{}", f.as_raw_fd())));
    g.stack[base] = status(r);
    Ok(())
}

/// `sysUmask(mask int) int`: the process's file-creation mask. `std` cannot set it, so
/// the mask stays as it is (read from `/proc/self/status`; 022 if that has none).
fn umask(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    g.stack[base] = u64::from(proc_status("Umask:", 8).first().copied().unwrap_or(0o022));
    Ok(())
}

/// `sysKill(pid int, sig Signal) Errno`: only signal 0, which checks that process pid
/// exists; sending a signal is not possible without libc (`ENOSYS`).
fn kill(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let (pid, sig) = (g.stack[base] as i64, g.stack[base + 1] as i64);
    g.stack[base] = match (pid, sig) {
        (1.., 0) if pid == i64::from(std::process::id()) => 0,
        (1.., 0) if std::path::Path::new(&format!("/proc/{pid}")).exists() => 0,
        (1.., 0) => ESRCH as u64,
        (_, 0..=64) => ENOSYS as u64,
        _ => EINVAL as u64,
    };
    Ok(())
}
