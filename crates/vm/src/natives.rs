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
    Err(Trap::Panic(crate::GoPanic {
        message: format!("native function {name} is not supported by gorun yet"),
        fatal: true,
        preamble: Vec::new(),
        trace: Vec::new(),
    }))
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
        _ => Err(std::io::Error::from_raw_os_error(9)), // EBADF: no other descriptors yet
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
    let result = if fd == 0 { std::io::stdin().read(&mut buf) } else { Err(std::io::Error::from_raw_os_error(9)) };
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
