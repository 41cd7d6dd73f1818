//! `sync/atomic`'s natives: compare-and-swap, add, load and store on 32- and 64-bit
//! words of Go memory, as real atomic operations (sequentially consistent, as Go's are), so
//! they stay correct when goroutines run on several threads. The rest of the package
//! (swaps, and/or, the typed wrappers) is Go code over these.
//!
//! A nil address panics as Go's faulting access does; Go's types keep every such word
//! aligned (64-bit words in structs are 8-byte aligned on amd64).
//!
//! `atomic.Value` keeps an interface (two words) behind `loadAny`, `storeAny`, `swapAny`
//! and `casAny`. With one goroutine running at a time these are plain two-word accesses;
//! when goroutines run on several threads they must take a lock the runtime owns (a
//! two-word value has no single atomic instruction), which the scheduler issue adds here.

use crate::goroutine::Goroutine;
use crate::interp::{ErrorKind, GoPanic, Machine, Trap};
use crate::mem;
use crate::natives::Native;
use std::sync::atomic::Ordering::SeqCst;

pub fn lookup(name: &str) -> Option<Native> {
    let op = name.strip_prefix("sync/atomic.")?;
    let f: Native = match op {
        "CompareAndSwapInt32" | "CompareAndSwapUint32" => cas32,
        "CompareAndSwapInt64" | "CompareAndSwapUint64" | "CompareAndSwapUintptr" => cas64,
        "AddInt32" => add32::<true>,
        "AddUint32" => add32::<false>,
        "AddInt64" | "AddUint64" | "AddUintptr" => add64,
        "LoadInt32" => load32::<true>,
        "LoadUint32" => load32::<false>,
        "LoadInt64" | "LoadUint64" | "LoadUintptr" => load64,
        "StoreInt32" | "StoreUint32" => store32,
        "StoreInt64" | "StoreUint64" | "StoreUintptr" => store64,
        "loadAny" => load_any,
        "storeAny" => store_any,
        "swapAny" => swap_any,
        "casAny" => cas_any,
        "sameType" => |_, g, base| {
            g.stack[base] = u64::from(g.stack[base] == g.stack[base + 2]);
            Ok(())
        },
        _ => return None,
    };
    Some(f)
}

/// The address argument, which must not be nil.
fn addr(g: &Goroutine, base: usize) -> Result<u64, Trap> {
    match g.stack[base] {
        0 => Err(Trap::Panic(GoPanic::error(
            ErrorKind::ErrorString,
            "runtime error: invalid memory address or nil pointer dereference",
        ))),
        a => Ok(a),
    }
}

/// A 32-bit result in register form: sign-extended for int32, zero-extended for uint32.
fn word32(v: u32, signed: bool) -> u64 {
    if signed { v as i32 as i64 as u64 } else { u64::from(v) }
}

fn cas32(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let a = addr(g, base)?;
    let (old, new) = (g.stack[base + 1] as u32, g.stack[base + 2] as u32);
    // SAFETY: a non-nil *int32 or *uint32 addresses an aligned, live 4-byte word.
    let ok = unsafe { mem::atomic_u32(a) }.compare_exchange(old, new, SeqCst, SeqCst).is_ok();
    g.stack[base] = u64::from(ok);
    Ok(())
}

fn cas64(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let a = addr(g, base)?;
    let (old, new) = (g.stack[base + 1], g.stack[base + 2]);
    // SAFETY: a non-nil pointer to a 64-bit word addresses an aligned, live word.
    let ok = unsafe { mem::atomic_u64(a) }.compare_exchange(old, new, SeqCst, SeqCst).is_ok();
    g.stack[base] = u64::from(ok);
    Ok(())
}

fn add32<const SIGNED: bool>(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let a = addr(g, base)?;
    let delta = g.stack[base + 1] as u32;
    // SAFETY: as in `cas32`.
    let new = unsafe { mem::atomic_u32(a) }.fetch_add(delta, SeqCst).wrapping_add(delta);
    g.stack[base] = word32(new, SIGNED);
    Ok(())
}

fn add64(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let a = addr(g, base)?;
    let delta = g.stack[base + 1];
    // SAFETY: as in `cas64`.
    let new = unsafe { mem::atomic_u64(a) }.fetch_add(delta, SeqCst).wrapping_add(delta);
    g.stack[base] = new;
    Ok(())
}

fn load32<const SIGNED: bool>(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let a = addr(g, base)?;
    // SAFETY: as in `cas32`.
    let v = unsafe { mem::atomic_u32(a) }.load(SeqCst);
    g.stack[base] = word32(v, SIGNED);
    Ok(())
}

fn load64(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let a = addr(g, base)?;
    // SAFETY: as in `cas64`.
    g.stack[base] = unsafe { mem::atomic_u64(a) }.load(SeqCst);
    Ok(())
}

fn store32(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let a = addr(g, base)?;
    // SAFETY: as in `cas32`.
    unsafe { mem::atomic_u32(a) }.store(g.stack[base + 1] as u32, SeqCst);
    Ok(())
}

fn store64(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let a = addr(g, base)?;
    // SAFETY: as in `cas64`.
    unsafe { mem::atomic_u64(a) }.store(g.stack[base + 1], SeqCst);
    Ok(())
}

/// The interface at address `p`: (type word, data word).
fn read_any(p: u64) -> (u64, u64) {
    // SAFETY: `p` is a non-nil *any, the address of a live two-word interface.
    unsafe { (mem::load::<u64>(p), mem::load::<u64>(p + 8)) }
}

fn write_any(p: u64, (t, d): (u64, u64)) {
    // SAFETY: as in `read_any`; the data word may be a heap pointer.
    unsafe {
        mem::store::<u64>(p, t);
        crate::barrier::write_ptr(p + 8, d);
    }
}

/// `loadAny(p *any) any`.
fn load_any(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let (t, d) = read_any(addr(g, base)?);
    g.stack[base] = t;
    g.stack[base + 1] = d;
    Ok(())
}

/// `storeAny(p *any, v any)`.
fn store_any(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let p = addr(g, base)?;
    write_any(p, (g.stack[base + 1], g.stack[base + 2]));
    Ok(())
}

/// `swapAny(p *any, v any) any`.
fn swap_any(_: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let p = addr(g, base)?;
    let old = read_any(p);
    write_any(p, (g.stack[base + 1], g.stack[base + 2]));
    g.stack[base] = old.0;
    g.stack[base + 1] = old.1;
    Ok(())
}

/// `casAny(p *any, old, new any) bool`: compares with Go's `==` (which panics for an
/// uncomparable dynamic type).
fn cas_any(m: &mut Machine<'_>, g: &mut Goroutine, base: usize) -> Result<(), Trap> {
    let p = addr(g, base)?;
    let cur = read_any(p);
    let (ot, od) = (g.stack[base + 1], g.stack[base + 2]);
    let same = crate::equal::iface_equal(m, cur.0, cur.1, ot, od).map_err(Trap::Panic)?;
    if same {
        write_any(p, (g.stack[base + 3], g.stack[base + 4]));
    }
    g.stack[base] = u64::from(same);
    Ok(())
}
