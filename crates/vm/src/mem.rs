//! Raw access to Go memory: the heap the runtime owns and the program's static data.
//!
//! Every Go value the interpreter reads or writes outside registers goes through these
//! functions. They are unsafe because an address is just a word: what makes a use sound
//! is where the word came from. The compiler only emits loads and stores through
//! registers that hold, by Go's static typing, either nil (every instruction checks for
//! it first) or the address of a live object at least as large as the access — heap
//! objects are never freed while a register refers to them (no collector runs yet; the
//! collector will scan registers precisely), and static strings live as long as the
//! program. Index and slice accesses are bounds-checked before they reach here.

/// Reads a `T` at `addr`.
///
/// # Safety
/// `addr` is non-nil, aligned for `T` and points into a live object or static data with
/// at least `size_of::<T>()` readable bytes (see the module comment).
#[inline(always)]
pub unsafe fn load<T: Copy>(addr: u64) -> T {
    // SAFETY: guaranteed by the caller.
    unsafe { std::ptr::read(addr as *const T) }
}

/// Writes a `T` at `addr`.
///
/// # Safety
/// As [`load`], and the memory is heap memory (static data is never written).
#[inline(always)]
pub unsafe fn store<T: Copy>(addr: u64, v: T) {
    // SAFETY: guaranteed by the caller.
    unsafe { std::ptr::write(addr as *mut T, v) }
}

/// The `len` bytes at `addr` (a zero length needs no valid address).
///
/// # Safety
/// For `len > 0`, `addr` points at `len` readable bytes of a live object or static data,
/// which nothing writes while the slice is in use.
#[inline(always)]
pub unsafe fn bytes<'a>(addr: u64, len: u64) -> &'a [u8] {
    if len == 0 {
        return &[];
    }
    // SAFETY: guaranteed by the caller.
    unsafe { std::slice::from_raw_parts(addr as *const u8, len as usize) }
}

/// Copies `len` bytes from `src` to `dst`; the ranges may overlap.
///
/// # Safety
/// For `len > 0`, both ranges lie in live objects (the destination in heap memory).
#[inline(always)]
pub unsafe fn copy(dst: u64, src: u64, len: u64) {
    if len == 0 {
        return;
    }
    // SAFETY: guaranteed by the caller.
    unsafe { std::ptr::copy(src as *const u8, dst as *mut u8, len as usize) }
}

/// Sets `len` bytes at `dst` to zero.
///
/// # Safety
/// For `len > 0`, the range lies in a live heap object.
#[inline(always)]
pub unsafe fn zero(dst: u64, len: u64) {
    if len == 0 {
        return;
    }
    // SAFETY: guaranteed by the caller.
    unsafe { std::ptr::write_bytes(dst as *mut u8, 0, len as usize) }
}

/// The 32-bit word at `addr` as an atomic (for `sync/atomic`).
///
/// # Safety
/// As [`store`] for a 4-byte aligned `u32` that every access while the reference lives
/// reaches atomically (Go's `sync/atomic` contract).
#[inline(always)]
pub unsafe fn atomic_u32<'a>(addr: u64) -> &'a std::sync::atomic::AtomicU32 {
    // SAFETY: guaranteed by the caller.
    unsafe { std::sync::atomic::AtomicU32::from_ptr(addr as *mut u32) }
}

/// The 64-bit word at `addr` as an atomic (for `sync/atomic`).
///
/// # Safety
/// As [`atomic_u32`], 8-byte aligned.
#[inline(always)]
pub unsafe fn atomic_u64<'a>(addr: u64) -> &'a std::sync::atomic::AtomicU64 {
    // SAFETY: guaranteed by the caller.
    unsafe { std::sync::atomic::AtomicU64::from_ptr(addr as *mut u64) }
}
