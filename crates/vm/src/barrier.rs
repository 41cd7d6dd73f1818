//! The write barrier's doors.
//!
//! Every store that may write a heap pointer into heap memory goes through one of these
//! functions: a single pointer word (`StorePtr`, natives storing strings and interfaces
//! into Go variables), a typed copy of values (struct and array assignment, `append`'s
//! move to a new array, `copy`, channel buffers), a typed clear (`clear` of a slice, a
//! drained channel slot), and a swap (`sort.Slice`). The type descriptor says
//! where the pointer words are, so a value without pointers takes the plain path.
//!
//! No collector runs yet, so today each is just its store. The collector adds Go's hybrid
//! barrier here, and only here: while marking, shade the pointer a store overwrites and
//! the pointer it writes (for bulk copies, every pointer word of the destination range
//! before the move, as Go's `bulkBarrierPreWrite` does). Stores into a fresh object
//! (`New`, `MakeSlice`, a new string) need no barrier, as in Go: the object is allocated
//! black during marking. The map implementation's internal moves are the one place that
//! still copies with `mem::copy` directly (see `map`'s module comment).

use crate::mem;
use gorun_bytecode::TypeDesc;

/// Stores pointer `val` into the heap word at `slot`.
///
/// # Safety
/// As [`mem::store`] for a `u64` at `slot`.
#[inline(always)]
pub unsafe fn write_ptr(slot: u64, val: u64) {
    // SAFETY: guaranteed by the caller.
    unsafe { mem::store::<u64>(slot, val) }
}

/// Copies `count` values of type `t` from `src` to `dst` (the ranges may overlap).
///
/// # Safety
/// As [`mem::copy`] for `count * t.size` bytes, both ranges holding values of type `t`.
#[inline]
pub unsafe fn typed_copy(dst: u64, src: u64, t: &TypeDesc, count: u64) {
    // SAFETY: guaranteed by the caller.
    unsafe { mem::copy(dst, src, count * t.size) }
}

/// Sets `count` values of type `t` at `dst` to their zero value.
///
/// # Safety
/// As [`mem::zero`] for `count * t.size` bytes holding values of type `t`.
#[inline]
pub unsafe fn typed_clear(dst: u64, t: &TypeDesc, count: u64) {
    // SAFETY: guaranteed by the caller.
    unsafe { mem::zero(dst, count * t.size) }
}

/// Swaps the `size`-byte values at `a` and `b` (two elements of one slice, for
/// `sort.Slice`'s swapper).
///
/// # Safety
/// Both ranges lie in live heap objects and do not overlap.
#[inline]
pub unsafe fn swap(a: u64, b: u64, size: u64) {
    // SAFETY: guaranteed by the caller.
    unsafe { std::ptr::swap_nonoverlapping(a as *mut u8, b as *mut u8, size as usize) }
}
