//! Native functions: standard-library functions declared without a body in `stdlib/`
//! (and a few that gorun runs natively for speed), looked up by their qualified name when
//! a program is loaded.
//!
//! A native reads its arguments from the goroutine's stack at `base` and writes its
//! results there, as a bytecode callee would.

use crate::goroutine::Goroutine;
use crate::interp::{Machine, Trap};
use crate::mem;

/// A native function: (machine, goroutine, base of its arguments).
pub type Native = fn(&mut Machine<'_>, &mut Goroutine, usize) -> Result<(), Trap>;

/// The native registered under `name` (`pkg.Func`, `pkg.(*T).Method`).
pub fn lookup(name: &str) -> Option<Native> {
    let f: Native = match name {
        "syscall.Exit" | "os.Exit" => os_exit,
        "os.runtime_args" => os_args,
        "syscall.sysWrite" => sys_write,
        "runtime.Goexit" => |_, _, _| Err(Trap::Goexit),
        "syscall.sysRead" => sys_read,
        "syscall.sysOpen" => sys_open,
        "syscall.sysClose" => sys_close,
        _ => return crate::fmt_natives::lookup(name).or_else(|| crate::stdlib_natives::lookup(name)),
    };
    Some(f)
}

/// Stands in for a native function gorun does not have: calling it is a fatal error
/// naming it.
pub fn missing(m: &mut Machine<'_>, g: &mut Goroutine, _base: usize) -> Result<(), Trap> {
    let pc = g.pc.saturating_sub(1) as usize;
    let name = match m.prog.funcs[g.func as usize].code.get(pc) {
        Some(gorun_bytecode::Instr::CallNative { native, .. }) => m.prog.natives[*native as usize].clone(),
        _ => "?".into(),
    };
    Err(Trap::Panic(crate::GoPanic::fatal(format!("native function {name} is not supported by gorun yet"))))
}

fn os_exit(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    m.flush_print();
    m.flush_stdout();
    Err(Trap::Exit(g.stack[base] as i32))
}

/// `sysWrite(fd int, p []byte) (n int, errno Errno)`: standard output and error go
/// through the machine's streams (in order with the builtin print's output).
fn sys_write(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let fd = g.stack[base] as i64;
    // SAFETY: the argument is a byte slice: (data, len, cap).
    let bytes = unsafe { mem::bytes(g.stack[base + 1], g.stack[base + 2]) }.to_vec();
    let result = match fd {
        1 => {
            m.flush_print();
            m.stdout.write_all(&bytes)
        }
        2 => {
            m.flush_print();
            m.flush_stdout();
            m.stderr.write_all(&bytes).and_then(|()| m.stderr.flush())
        }
        _ => match file(m, fd) {
            Some(f) => std::io::Write::write_all(f, &bytes),
            None => Err(std::io::Error::from_raw_os_error(EBADF)),
        },
    };
    let (n, errno) = match result {
        Ok(()) => (bytes.len() as u64, 0),
        Err(e) => (0, e.raw_os_error().unwrap_or(5) as u64),
    };
    g.stack[base] = n;
    g.stack[base + 1] = errno;
    Ok(())
}

/// `sysRead(fd int, p []byte) (n int, errno Errno)`: standard input only, for now.
fn sys_read(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    use std::io::Read;
    let fd = g.stack[base] as i64;
    let (ptr, len) = (g.stack[base + 1], g.stack[base + 2]);
    m.flush_stdout();
    let mut buf = vec![0u8; len as usize];
    let result = match fd {
        0 => std::io::stdin().read(&mut buf),
        _ => match file(m, fd) {
            Some(f) => f.read(&mut buf),
            None => Err(std::io::Error::from_raw_os_error(EBADF)),
        },
    };
    let (n, errno) = match result {
        Ok(n) => {
            // SAFETY: the slice has `len` >= n writable bytes.
            unsafe { mem::copy(ptr, buf.as_ptr() as u64, n as u64) };
            (n as u64, 0)
        }
        Err(e) => (0, e.raw_os_error().unwrap_or(5) as u64),
    };
    g.stack[base] = n;
    g.stack[base + 1] = errno;
    Ok(())
}

const EBADF: i32 = 9;

/// The open file behind descriptor `fd` (3 and up).
fn file<'m>(m: &'m mut Machine<'_>, fd: i64) -> Option<&'m mut std::fs::File> {
    let i = usize::try_from(fd.checked_sub(3)?).ok()?;
    m.files.get_mut(i)?.as_mut()
}

/// `sysOpen(path string, mode int, perm uint32) (fd int, errno Errno)`, with Linux's flag
/// values (`O_WRONLY` 0x1, `O_RDWR` 0x2, `O_CREAT` 0x40, `O_EXCL` 0x80, `O_TRUNC` 0x200,
/// `O_APPEND` 0x400).
fn sys_open(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    use std::os::unix::fs::OpenOptionsExt;
    let path = String::from_utf8_lossy(&arg_str(g, base)).into_owned();
    let (mode, perm) = (g.stack[base + 2] as i64, g.stack[base + 3] as u32);
    let mut o = std::fs::OpenOptions::new();
    match mode & 0x3 {
        0 => o.read(true),
        1 => o.write(true),
        _ => o.read(true).write(true),
    };
    if mode & 0x400 != 0 {
        o.append(true);
    }
    if mode & 0x40 != 0 {
        if mode & 0x80 != 0 {
            o.create_new(true);
        } else {
            o.create(true);
        }
    }
    if mode & 0x200 != 0 {
        o.truncate(true);
    }
    o.mode(perm);
    let (fd, errno) = match o.open(&path) {
        Ok(f) => {
            let slot = m.files.iter().position(Option::is_none).unwrap_or_else(|| {
                m.files.push(None);
                m.files.len() - 1
            });
            m.files[slot] = Some(f);
            (slot as u64 + 3, 0)
        }
        Err(e) => (u64::MAX, e.raw_os_error().unwrap_or(5) as u64),
    };
    g.stack[base] = fd;
    g.stack[base + 1] = errno;
    Ok(())
}

/// `sysClose(fd int) Errno`.
fn sys_close(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let fd = g.stack[base] as i64;
    let closed = usize::try_from(fd - 3).ok().and_then(|i| m.files.get_mut(i)).and_then(Option::take);
    g.stack[base] = if closed.is_some() || (0..3).contains(&fd) { 0 } else { EBADF as u64 };
    Ok(())
}

fn os_args(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let args = m.args.clone();
    let n = args.len() as u64;
    let arr = m.alloc_words(n * 2, &[1], 2)?;
    for (i, a) in args.iter().enumerate() {
        let (p, len) = m.new_string(a.as_bytes())?;
        // SAFETY: `arr` holds n two-word string headers.
        unsafe {
            mem::store::<u64>(arr + i as u64 * 16, p);
            mem::store::<u64>(arr + i as u64 * 16 + 8, len);
        }
    }
    g.stack[base] = arr;
    g.stack[base + 1] = n;
    g.stack[base + 2] = n;
    Ok(())
}

/// Reads the Go string (data, length) at `g.stack[at..]`.
pub fn arg_str(g: &Goroutine, at: usize) -> Vec<u8> {
    // SAFETY: the compiler passes a string value in these two words.
    unsafe { mem::bytes(g.stack[at], g.stack[at + 1]) }.to_vec()
}
