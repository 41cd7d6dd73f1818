//! Process-level natives of `os`, `syscall`, `math/rand` and `math/rand/v2`: the
//! environment, process and user ids, the working directory, and the runtime's random
//! source.
//!
//! The environment is the process's, copied at first use; `Setenv` and friends change
//! that copy (in Go's order: a new key goes last, a changed one keeps its place), which
//! is all a Go program can observe without starting processes.

use super::ret_str;
use crate::goroutine::Goroutine;
use crate::interp::{Machine, Trap};
use crate::mem;
use crate::natives::{Native, arg_str};
use std::os::unix::ffi::OsStringExt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, OnceLock};

pub fn lookup(name: &str) -> Option<Native> {
    let f: Native = match name {
        "os.runtime_rand" | "math/rand.runtime_rand" | "math/rand/v2.runtime_rand" => runtime_rand,
        "syscall.getenv" => getenv,
        "syscall.setenv" => setenv,
        "syscall.unsetenv" => unsetenv,
        "syscall.Clearenv" => clearenv,
        "syscall.Environ" => environ,
        "syscall.Getpid" => getpid,
        "syscall.Getppid" => getppid,
        "syscall.Getuid" => getuid,
        "syscall.Geteuid" => geteuid,
        "syscall.Getgid" => getgid,
        "syscall.Getegid" => getegid,
        "syscall.sysGetwd" => getwd,
        "syscall.sysChdir" => chdir,
        "syscall.Sync" => sync,
        _ => return None,
    };
    Some(f)
}

// ---- Random numbers ----

/// The state of the runtime's generator (wyrand), seeded from the clock and the process.
static RAND_STATE: AtomicU64 = AtomicU64::new(0);
static RAND_SEEDED: OnceLock<()> = OnceLock::new();

/// The next value of the runtime's random source (safe to call from any thread).
pub fn rand_u64() -> u64 {
    RAND_SEEDED.get_or_init(|| {
        let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64);
        let local = 0u8;
        let seed = t ^ u64::from(std::process::id()).rotate_left(32) ^ (&local as *const u8 as u64);
        RAND_STATE.store(seed, Ordering::Relaxed);
    });
    let s = RAND_STATE.fetch_add(0xa0761d6478bd642f, Ordering::Relaxed).wrapping_add(0xa0761d6478bd642f);
    let t = u128::from(s) * u128::from(s ^ 0xe7037ed1a0b428db);
    (t >> 64) as u64 ^ t as u64
}

fn runtime_rand(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    g.stack[base] = rand_u64();
    Ok(())
}

// ---- The environment ----

/// The environment's entries in order: (key, value), or None where one was removed.
type Env = Vec<Option<(Vec<u8>, Vec<u8>)>>;

/// The program's environment.
fn env() -> MutexGuard<'static, Env> {
    static ENV: OnceLock<Mutex<Env>> = OnceLock::new();
    let m = ENV.get_or_init(|| {
        let mut v: Env = Vec::new();
        for (k, val) in std::env::vars_os() {
            let (k, val) = (k.into_vec(), val.into_vec());
            // Go keeps the first of duplicate keys.
            if !v.iter().flatten().any(|(k2, _)| *k2 == k) {
                v.push(Some((k, val)));
            }
        }
        Mutex::new(v)
    });
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// The value of the program's environment variable `key`, if it is set.
pub fn lookup_env(key: &[u8]) -> Option<Vec<u8>> {
    env().iter().flatten().find(|(k, _)| k == key).map(|(_, v)| v.clone())
}

/// `getenv(key string) (value string, found bool)`.
fn getenv(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let found = lookup_env(&arg_str(g, base));
    ret_str(m, g, base, found.as_deref().unwrap_or_default())?;
    g.stack[base + 2] = u64::from(found.is_some());
    Ok(())
}

/// `setenv(key, value string)` (the key was checked in Go).
fn setenv(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let (key, value) = (arg_str(g, base), arg_str(g, base + 2));
    let mut e = env();
    match e.iter_mut().flatten().find(|(k, _)| *k == key) {
        Some(entry) => entry.1 = value,
        None => e.push(Some((key, value))),
    }
    Ok(())
}

/// `unsetenv(key string)`.
fn unsetenv(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let key = arg_str(g, base);
    for entry in env().iter_mut() {
        if entry.as_ref().is_some_and(|(k, _)| *k == key) {
            *entry = None;
        }
    }
    Ok(())
}

fn clearenv(_: &mut Machine<'_>, _: &mut Goroutine, _: usize) -> Result<(), Trap> {
    env().clear();
    Ok(())
}

/// `Environ() []string`.
fn environ(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let entries: Vec<Vec<u8>> = env().iter().flatten().map(|(k, v)| [k.as_slice(), b"=", v].concat()).collect();
    let n = entries.len() as u64;
    let arr = m.alloc_words(n * 2, &[1], 2)?;
    for (i, s) in entries.iter().enumerate() {
        let (p, len) = m.new_string(s)?;
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

// ---- Process ----

fn getpid(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    g.stack[base] = u64::from(std::process::id());
    Ok(())
}

fn getppid(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    g.stack[base] = u64::from(std::os::unix::process::parent_id());
    Ok(())
}

/// A field of /proc/self/status's "Uid:" or "Gid:" line (real, effective, saved, fs).
fn proc_id(line: &str, field: usize) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(line))
        .and_then(|rest| rest.split_whitespace().nth(field))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn getuid(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    g.stack[base] = proc_id("Uid:", 0);
    Ok(())
}

fn geteuid(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    g.stack[base] = proc_id("Uid:", 1);
    Ok(())
}

fn getgid(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    g.stack[base] = proc_id("Gid:", 0);
    Ok(())
}

fn getegid(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    g.stack[base] = proc_id("Gid:", 1);
    Ok(())
}

/// The error number of a failed call (EIO if the host gives none).
fn errno(e: &std::io::Error) -> u64 {
    e.raw_os_error().map_or(5, |n| n as u64)
}

/// `sysGetwd() (wd string, errno Errno)`.
fn getwd(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    match std::env::current_dir() {
        Ok(d) => {
            ret_str(m, g, base, &d.into_os_string().into_vec())?;
            g.stack[base + 2] = 0;
        }
        Err(e) => {
            ret_str(m, g, base, b"")?;
            g.stack[base + 2] = errno(&e);
        }
    }
    Ok(())
}

/// `sysChdir(path string) Errno`.
fn chdir(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let path = std::ffi::OsString::from_vec(arg_str(g, base));
    g.stack[base] = match std::env::set_current_dir(path) {
        Ok(()) => 0,
        Err(e) => errno(&e),
    };
    Ok(())
}

/// `Sync()`: file data is written through the host's own buffers; nothing to flush here.
fn sync(_: &mut Machine<'_>, _: &mut Goroutine, _: usize) -> Result<(), Trap> {
    Ok(())
}
