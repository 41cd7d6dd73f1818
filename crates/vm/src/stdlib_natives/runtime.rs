//! Natives of `runtime` and `runtime/debug` that read or change the machine's settings
//! (`crate::config`), and the scheduler queries a single-goroutine machine can answer.
//!
//! The setters return the previous value with Go's rules: a negative GC percentage turns
//! collection off (and reads back as -1), a negative memory limit only reports the current
//! one, `GOMAXPROCS(n)` with n < 1 only reports. The collector and the scheduler are later
//! issues; until they land the values are kept and reported, and `GC`, `FreeOSMemory` and
//! `Gosched` have nothing to do.

use super::{arg_int, ret_str};
use crate::goroutine::Goroutine;
use crate::interp::{Machine, Trap};
use crate::mem;
use crate::natives::Native;

pub fn lookup(name: &str) -> Option<Native> {
    let f: Native = match name {
        "runtime.GC" | "runtime.Gosched" | "runtime/debug.FreeOSMemory" => |_, _, _| Ok(()),
        "runtime.NumGoroutine" => |_, g, base| {
            g.stack[base] = 1;
            Ok(())
        },
        "runtime.NumCPU" => |_, g, base| {
            g.stack[base] = std::thread::available_parallelism().map_or(1, |n| n.get()) as u64;
            Ok(())
        },
        "runtime.Version" => |m, g, base| ret_str(m, g, base, b"go1.27.3"),
        "runtime.GOMAXPROCS" => gomaxprocs,
        "runtime/debug.SetGCPercent" => set_gc_percent,
        "runtime/debug.SetMemoryLimit" => set_memory_limit,
        "runtime/debug.SetMaxStack" => set_max_stack,
        "runtime/debug.SetMaxThreads" => set_max_threads,
        "runtime/debug.SetTraceback" => set_traceback,
        "runtime/debug.SetPanicOnFault" => set_panic_on_fault,
        _ => return None,
    };
    Some(f)
}

fn gomaxprocs(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let (n, old) = (arg_int(g, base), m.config.gomaxprocs);
    if n >= 1 {
        m.config.gomaxprocs = n;
    }
    g.stack[base] = old as u64;
    Ok(())
}

fn set_gc_percent(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    // Go keeps the percentage in an int32.
    let n = i64::from(arg_int(g, base) as i32);
    let old = m.config.gc_percent;
    m.config.gc_percent = n.max(-1);
    g.stack[base] = old as u64;
    Ok(())
}

fn set_memory_limit(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let (n, old) = (arg_int(g, base), m.config.mem_limit);
    if n >= 0 {
        m.config.mem_limit = n;
    }
    g.stack[base] = old as u64;
    Ok(())
}

fn set_max_stack(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let (n, old) = (arg_int(g, base), m.config.max_stack);
    m.config.max_stack = n.max(0) as usize;
    g.stack[base] = old as u64;
    Ok(())
}

fn set_max_threads(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let (n, old) = (arg_int(g, base), m.config.max_threads);
    m.config.max_threads = n;
    g.stack[base] = old as u64;
    Ok(())
}

fn set_traceback(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    // SAFETY: the argument is a string value: (data, len).
    let level = unsafe { mem::bytes(g.stack[base], g.stack[base + 1]) };
    m.config.set_traceback(&String::from_utf8_lossy(level));
    Ok(())
}

fn set_panic_on_fault(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let old = m.config.panic_on_fault;
    m.config.panic_on_fault = g.stack[base] != 0;
    g.stack[base] = u64::from(old);
    Ok(())
}
