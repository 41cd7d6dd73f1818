//! Native functions of the standard library's pure packages: `math`, `unicode`,
//! `strconv`, `sort`, `errors`, `os`/`syscall` (environment, process ids),
//! `math/rand` (the runtime's random source), `time` (the clock and time zones) and the
//! settings of `runtime` and `runtime/debug`.
//!
//! Each is a function declared without a body under `stdlib/`, looked up here by its
//! qualified name (`math.Sqrt`, `unicode.toCase`). None of them blocks, starts a
//! goroutine or needs the scheduler: `time.Sleep`, the timers, `sync` and `runtime`
//! natives live elsewhere.

mod atomic;
mod errors;
mod fs;
mod gomath;
mod math;
mod os;
mod runtime;
mod sort;
mod strconv;
mod time;
mod unicode;
mod unicode_tables;

use crate::goroutine::Goroutine;
use crate::interp::{GoPanic, Machine, Trap};
use crate::natives::Native;

/// The native registered under `name`, if it is one of this module's.
pub fn lookup(name: &str) -> Option<Native> {
    let (pkg, _) = name.rsplit_once('.')?;
    match pkg {
        "math" => math::lookup(name),
        "unicode" => unicode::lookup(name),
        "strconv" => strconv::lookup(name),
        "sort" => sort::lookup(name),
        "errors" => errors::lookup(name),
        "os" | "syscall" | "math/rand" | "math/rand/v2" => os::lookup(name).or_else(|| fs::lookup(name)),
        "time" => time::lookup(name),
        "runtime" | "runtime/debug" => runtime::lookup(name),
        "sync/atomic" => atomic::lookup(name),
        _ => None,
    }
}

/// The float64 argument word at `g.stack[at]`.
fn arg_f64(g: &Goroutine, at: usize) -> f64 {
    f64::from_bits(g.stack[at])
}

/// The int argument word at `g.stack[at]`.
fn arg_int(g: &Goroutine, at: usize) -> i64 {
    g.stack[at] as i64
}

/// A Go panic raised by a native with a string value, as the Go code it stands for
/// would `panic("…")` (the interpreter adds the traceback).
fn panic(message: impl Into<String>) -> Trap {
    Trap::Panic(GoPanic::error(crate::interp::ErrorKind::GoString, message))
}

/// Writes a new Go string holding `s` to `g.stack[at..at + 2]`.
fn ret_str(m: &mut Machine<'_>, g: &mut Goroutine, at: usize, s: &[u8]) -> Result<(), Trap> {
    let (p, n) = m.new_string(s)?;
    g.stack[at] = p;
    g.stack[at + 1] = n;
    Ok(())
}
