//! Channels: Go's `hchan` in the heap the runtime owns, and the channel instructions.
//!
//! A `chan T` value is one word, the address of its header (nil for a nil channel). The
//! header is ten words (byte offsets below): the element count and the capacity of the
//! ring buffer, the buffer (a separate heap array of `T`, so the collector scans its
//! elements with `T`'s pointer map), `T`'s descriptor index, the closed flag, the send
//! and receive positions in the ring, the queues of goroutines waiting to receive and to
//! send, and a lock word. Values cross between registers (their register form) and the
//! buffer (Go's memory layout) as map values do (`mapops`); a received struct or array
//! is a fresh copy, since its buffer slot is reused.
//!
//! An operation that cannot proceed now reports the wait reason Go prints for a parked
//! goroutine (`chan receive`, `chan send (nil chan)`, `select`, …) and the instruction
//! parks. Goroutines are the scheduler issue's: until then the only goroutine is main,
//! nothing can ever wake it, and `run_main` reports Go's deadlock. The wait queues and
//! the lock are laid out for that issue (direct hand-off from a sender to a parked
//! receiver, as Go does, fills them); today they stay empty.

use crate::interp::{GoPanic, MAX_ALLOC, Machine};
use crate::mapops::{Window, load as load_value, store as store_value};
use crate::mem;
use gorun_bytecode::verify::reg_words;
use gorun_bytecode::{TypeDesc, TypeKind};

const H_COUNT: u64 = 0;
const H_CAP: u64 = 8;
const H_BUF: u64 = 16;
const H_ELEM: u64 = 24;
const H_CLOSED: u64 = 32;
const H_SENDX: u64 = 40;
const H_RECVX: u64 = 48;
const H_RECVQ: u64 = 56;
const H_SENDQ: u64 = 64;
const H_LOCK: u64 = 72;
const HEADER_WORDS: u64 = 10;
/// Only the buffer is a heap pointer the collector follows (the queues will hold the
/// scheduler's own records).
const HEADER_PTRS: [u64; 1] = [1 << (H_BUF / 8)];

/// What a channel operation did.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Done,
    /// It must wait, for this reason (Go's wait reason in a goroutine dump).
    Park(&'static str),
}

fn get(h: u64, off: u64) -> u64 {
    // SAFETY: `h` is a live channel header (non-nil, checked by every caller) and `off`
    // one of its word offsets.
    unsafe { mem::load::<u64>(h + off) }
}

fn set(h: u64, off: u64, v: u64) {
    // SAFETY: as in `get`.
    unsafe { mem::store::<u64>(h + off, v) }
}

/// Go's `plainError`: a `runtime.Error` whose text has no `runtime error: ` prefix.
fn plain(message: &str) -> GoPanic {
    GoPanic::error(crate::interp::ErrorKind::Plain, message)
}

/// The element type of channel type `typ`.
fn elem_of(m: &Machine<'_>, typ: u32) -> u32 {
    m.prog.types[typ as usize].elem.expect("a channel type has an element type")
}

/// `make(chan T, size)` for channel type `typ`.
pub fn make(m: &mut Machine<'_>, typ: u32, size: i64) -> Result<u64, GoPanic> {
    let elem = elem_of(m, typ);
    let prog = m.prog;
    let t: &TypeDesc = &prog.types[elem as usize];
    let too_big = size < 0 || (size as u64).checked_mul(t.size).is_none_or(|b| b > MAX_ALLOC - HEADER_WORDS * 8);
    if too_big {
        return Err(plain("makechan: size out of range"));
    }
    let h = m.alloc_words(HEADER_WORDS, &HEADER_PTRS, HEADER_WORDS as usize)?;
    if size > 0 {
        let buf = m.alloc(t, size as u64)?;
        set(h, H_BUF, buf);
    }
    set(h, H_CAP, size as u64);
    set(h, H_ELEM, u64::from(elem));
    Ok(h)
}

pub fn len(h: u64) -> u64 {
    if h == 0 { 0 } else { get(h, H_COUNT) }
}

pub fn cap(h: u64) -> u64 {
    if h == 0 { 0 } else { get(h, H_CAP) }
}

/// `close(ch)`.
pub fn close(h: u64) -> Result<(), GoPanic> {
    if h == 0 {
        return Err(plain("close of nil channel"));
    }
    if get(h, H_CLOSED) != 0 {
        return Err(plain("close of closed channel"));
    }
    set(h, H_CLOSED, 1);
    debug_assert!(get(h, H_RECVQ) == 0 && get(h, H_SENDQ) == 0 && get(h, H_LOCK) == 0);
    Ok(())
}

/// Whether a send on `h` could complete now (a send on a closed channel completes by
/// panicking).
fn can_send(h: u64) -> bool {
    get(h, H_CLOSED) != 0 || get(h, H_COUNT) < get(h, H_CAP)
}

/// Whether a receive on `h` could complete now.
fn can_recv(h: u64) -> bool {
    get(h, H_COUNT) > 0 || get(h, H_CLOSED) != 0
}

/// `ch <- v` with the value's register form at `w[at..]`.
pub fn send(m: &mut Machine<'_>, h: u64, w: &Window, at: usize) -> Result<Outcome, GoPanic> {
    if h == 0 {
        return Ok(Outcome::Park("chan send (nil chan)"));
    }
    if get(h, H_CLOSED) != 0 {
        return Err(plain("send on closed channel"));
    }
    if !can_send(h) {
        return Ok(Outcome::Park("chan send"));
    }
    let t = &m.prog.types[get(h, H_ELEM) as usize];
    let i = get(h, H_SENDX);
    store_value(t, w, at, get(h, H_BUF) + i * t.size);
    set(h, H_SENDX, if i + 1 == get(h, H_CAP) { 0 } else { i + 1 });
    set(h, H_COUNT, get(h, H_COUNT) + 1);
    Ok(Outcome::Done)
}

/// `<-ch` into `w[at..]` (the value's register form, then the comma-ok flag); `elem`
/// is the element type, for a nil channel's zero value.
pub fn recv(m: &mut Machine<'_>, h: u64, w: &Window, at: usize) -> Result<Outcome, GoPanic> {
    if h == 0 {
        return Ok(Outcome::Park("chan receive (nil chan)"));
    }
    if !can_recv(h) {
        return Ok(Outcome::Park("chan receive"));
    }
    let elem = get(h, H_ELEM) as u32;
    let prog = m.prog;
    let t = &prog.types[elem as usize];
    let words = reg_words(t);
    if get(h, H_COUNT) == 0 {
        // Closed and drained: the zero value, and false.
        zero_value(m, t, w, at)?;
        w.set(at + words, 0);
        return Ok(Outcome::Done);
    }
    let i = get(h, H_RECVX);
    let slot = get(h, H_BUF) + i * t.size;
    if matches!(t.kind, TypeKind::Array | TypeKind::Struct) {
        let p = m.alloc(t, 1)?;
        // SAFETY: `p` is a fresh object of type `t`; `slot` holds a `t`.
        unsafe { mem::copy(p, slot, t.size) };
        w.set(at, p);
    } else {
        load_value(t, slot, w, at);
    }
    // The slot no longer holds a value (nor keeps what it pointed to alive).
    // SAFETY: `slot` is one element of the channel's buffer.
    unsafe { crate::barrier::typed_clear(slot, t, 1) };
    set(h, H_RECVX, if i + 1 == get(h, H_CAP) { 0 } else { i + 1 });
    set(h, H_COUNT, get(h, H_COUNT) - 1);
    w.set(at + words, 1);
    Ok(Outcome::Done)
}

/// The zero value of `t` in register form at `w[at..]`.
fn zero_value(m: &mut Machine<'_>, t: &TypeDesc, w: &Window, at: usize) -> Result<(), GoPanic> {
    if matches!(t.kind, TypeKind::Array | TypeKind::Struct) {
        let p = m.alloc(t, 1)?;
        w.set(at, p);
    } else {
        for k in 0..reg_words(t) {
            w.set(at + k, 0);
        }
    }
    Ok(())
}

/// A select over `n` cases, two words each at `w[0..]`: the channel, and the case's
/// direction (bit 0: 1 receive, 0 send) with, above it, the frame register its value
/// comes from or goes to (for a receive, the value's words and then the comma-ok flag).
/// The chosen case's index lands in `w[0]`; -1 when none is ready and the select has a
/// default. Ready cases are chosen uniformly at random, as Go does.
pub fn select(
    m: &mut Machine<'_>,
    frame: &Window,
    nregs: usize,
    w: &Window,
    n: usize,
    has_default: bool,
) -> Result<Outcome, GoPanic> {
    // The case registers are data, not operands the verifier saw: check them here.
    for k in 0..n {
        let (h, code) = (w.get(2 * k), w.get(2 * k + 1));
        if h != 0 {
            let words = reg_words(&m.prog.types[get(h, H_ELEM) as usize]) + (code & 1) as usize;
            if (code >> 1) as usize + words > nregs {
                return Err(plain("internal error: select case register outside the frame"));
            }
        }
    }
    // A uniform choice among the ready cases in one pass (reservoir sampling).
    let (mut chosen, mut ready) = (None, 0u64);
    for k in 0..n {
        let (h, code) = (w.get(2 * k), w.get(2 * k + 1));
        if h != 0 && if code & 1 == 1 { can_recv(h) } else { can_send(h) } {
            ready += 1;
            if m.rand().is_multiple_of(ready) {
                chosen = Some(k);
            }
        }
    }
    let Some(k) = chosen else {
        if has_default {
            w.set(0, u64::MAX);
            return Ok(Outcome::Done);
        }
        return Ok(Outcome::Park(if n == 0 { "select (no cases)" } else { "select" }));
    };
    let (h, code) = (w.get(2 * k), w.get(2 * k + 1));
    let reg = (code >> 1) as usize;
    let done = if code & 1 == 1 { recv(m, h, frame, reg)? } else { send(m, h, frame, reg)? };
    debug_assert_eq!(done, Outcome::Done);
    w.set(0, k as u64);
    Ok(Outcome::Done)
}
