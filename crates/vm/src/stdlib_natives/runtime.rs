//! Natives of `runtime` and `runtime/debug` that read or change the machine's settings
//! (`crate::config`), the scheduler queries a single-goroutine machine can answer, and the
//! call-stack queries (`Caller`, `Callers`, `FuncForPC`, `Stack`).
//!
//! A program counter is the function's index plus one in the high 32 bits and the
//! instruction after the call in the low 32: `funcInfo` decodes it back to a name, file
//! and line. Compiler-generated wrappers are not frames, as Go hides its wrappers.
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
        "runtime.Caller" => caller,
        "runtime.Callers" => callers,
        "runtime.funcInfo" => func_info,
        "runtime.Stack" => stack,
        // Objects are never freed until the collector lands, so a finalizer never has to
        // run (Go does not promise that it will).
        "runtime.SetFinalizer" => |_, _, _| Ok(()),
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

/// The function every goroutine's stack starts in, as Go reports it (gorun has no
/// bytecode for it).
const GOEXIT: u32 = u32::MAX - 1;

/// The calling goroutine's frames, innermost first: (function, pc after the call), ending
/// with `runtime.goexit` as Go's do.
fn frames(m: &Machine<'_>, g: &Goroutine) -> Vec<(u32, u32)> {
    std::iter::once((g.func, g.pc))
        .chain(g.frames.iter().rev().map(|f| (f.func, f.pc)))
        .filter(|&(f, pc)| pc != crate::goroutine::PANIC_RESUME && !m.prog.funcs[f as usize].wrapper)
        .chain(std::iter::once((GOEXIT, 1)))
        .collect()
}

fn encode_pc(func: u32, pc: u32) -> u64 {
    (u64::from(func) + 1) << 32 | u64::from(pc)
}

/// (function name, file, line) of frame `(func, pc)`.
fn location<'p>(m: &Machine<'p>, func: u32, pc: u32) -> (&'p str, &'p str, u32) {
    if func == GOEXIT {
        return ("runtime.goexit", "$GOROOT/src/runtime/asm_amd64.s", 1700);
    }
    let prog = m.prog;
    let f = &prog.funcs[func as usize];
    let file = prog.files.get(f.file as usize).map_or("", String::as_str);
    (&f.name, file, f.line_at(pc.saturating_sub(1) as usize))
}

/// `Caller(skip int) (pc uintptr, file string, line int, ok bool)`.
fn caller(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let skip = arg_int(g, base);
    let fs = frames(m, g);
    let Some(&(func, pc)) = usize::try_from(skip).ok().and_then(|s| fs.get(s)) else {
        g.stack[base..base + 5].fill(0);
        return Ok(());
    };
    let (_, file, line) = location(m, func, pc);
    g.stack[base] = encode_pc(func, pc);
    ret_str(m, g, base + 1, file.as_bytes())?;
    g.stack[base + 3] = u64::from(line);
    g.stack[base + 4] = 1;
    Ok(())
}

/// `Callers(skip int, pc []uintptr) int`: skip 1 is the caller of Callers (gorun has no
/// frame for Callers itself, so skip 0 counts from the same place).
fn callers(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let skip = (arg_int(g, base).max(1) - 1) as usize;
    let (ptr, len) = (g.stack[base + 1], g.stack[base + 2]);
    let fs = frames(m, g);
    let mut n = 0u64;
    for &(func, pc) in fs.iter().skip(skip).take(len as usize) {
        // SAFETY: `n < len`, and the slice addresses `len` uintptr elements.
        unsafe { mem::store::<u64>(ptr + 8 * n, encode_pc(func, pc)) };
        n += 1;
    }
    g.stack[base] = n;
    Ok(())
}

/// `funcInfo(pc uintptr) (name, file string, line int, entry uintptr, ok bool)`.
fn func_info(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let pc = g.stack[base];
    let func = (pc >> 32).wrapping_sub(1);
    if pc >> 32 == 0 || (func >= m.prog.funcs.len() as u64 && func != u64::from(GOEXIT)) {
        g.stack[base..base + 7].fill(0);
        return Ok(());
    }
    let (name, file, line) = location(m, func as u32, pc as u32);
    ret_str(m, g, base, name.as_bytes())?;
    ret_str(m, g, base + 2, file.as_bytes())?;
    g.stack[base + 4] = u64::from(line);
    g.stack[base + 5] = encode_pc(func as u32, 0);
    g.stack[base + 6] = 1;
    Ok(())
}

/// `Stack(buf []byte, all bool) int`: the goroutine's trace as a crash report prints it
/// (with one goroutine, `all` changes nothing).
fn stack(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let (ptr, len) = (g.stack[base], g.stack[base + 1]);
    let mut text = format!("goroutine {} [running]:\n", g.id);
    // (Go's traces end at the goroutine's first Go function, without runtime.goexit.)
    for (func, pc) in frames(m, g).into_iter().filter(|&(f, _)| f != GOEXIT) {
        let (name, file, line) = location(m, func, pc);
        text.push_str(&format!("{name}(...)\n\t{file}:{line}\n"));
    }
    let n = text.len().min(len as usize);
    // SAFETY: `buf` holds `len` bytes and `n <= len`.
    unsafe { mem::copy(ptr, text.as_ptr() as u64, n as u64) };
    g.stack[base] = n as u64;
    Ok(())
}
