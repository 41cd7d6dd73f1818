//! Slice growth: the capacity `append` gives a slice that has run out of room.
//!
//! Two steps, as in Go (`runtime/slice.go`), because `cap()` is observable:
//! 1. `next_slice_cap`: double while the old capacity is below 256 elements; from there grow by
//!    `(cap + 768) / 4` per step (a smooth slide from 2x towards 1.25x) until the new length fits.
//!    A request for more than twice the old capacity gets exactly what it asked for.
//! 2. Round the byte size up to what the allocator will hand out anyway ([`roundupsize`]: the
//!    size class, less Go's malloc header for pointerful objects over 512 bytes; whole pages for
//!    large objects), and turn the slack into capacity.
//!
//! The golden test `tests/growslice.rs` replays thousands of growths recorded from real Go.
//!
//! Not here: stack-allocated backing arrays. Go's compiler gives a non-escaping slice a 32-byte
//! buffer on the stack, so `cap()` of a local `[]byte` can start at 32 instead of 8; that is the
//! compiler's decision, not the allocator's.

use super::sizeclass::roundupsize;

/// The largest size, in bytes, of one Go allocation (Go's `maxAlloc` on 64-bit platforms:
/// the 48-bit heap address space). `append` beyond it panics with `growslice: len out of range`.
pub const MAX_ALLOC: usize = 1 << 48;

/// Go's `nextslicecap`: the element capacity for a slice of capacity `old_cap` that must hold
/// `new_len` elements, before size-class rounding. Computed in `isize`, like Go's `int`, so
/// overflow falls back to `new_len` at the same points.
pub fn next_slice_cap(new_len: usize, old_cap: usize) -> usize {
    const THRESHOLD: isize = 256;
    let new_len_i = new_len as isize;
    let mut new_cap = old_cap as isize;
    let double_cap = new_cap.wrapping_add(new_cap);
    if new_len_i > double_cap {
        return new_len;
    }
    if new_cap < THRESHOLD {
        return double_cap as usize;
    }
    loop {
        new_cap = new_cap.wrapping_add(new_cap.wrapping_add(3 * THRESHOLD) >> 2);
        // Compared unsigned, so a wrapped (negative) capacity also ends the loop.
        if new_cap as usize >= new_len {
            break;
        }
    }
    if new_cap <= 0 { new_len } else { new_cap as usize }
}

/// The capacity Go's `growslice` gives a slice of `old_len`/`old_cap` elements of `elem_size`
/// bytes that must grow to `new_len` elements (`new_len > old_cap`). `noscan` is true when the
/// element type holds no pointers. The result is what `cap()` prints after the `append`.
///
/// Zero-size elements get exactly `new_len`. If the byte size overflows, the unrounded
/// capacity is returned; the caller must check `cap * elem_size <= MAX_ALLOC` and panic with
/// `growslice: len out of range` otherwise.
pub fn grow_slice_cap(old_len: usize, old_cap: usize, new_len: usize, elem_size: usize, noscan: bool) -> usize {
    debug_assert!(old_len <= old_cap && new_len > old_len, "grow_slice_cap({old_len}, {old_cap}, {new_len})");
    if elem_size == 0 {
        return new_len;
    }
    let new_cap = next_slice_cap(new_len, old_cap);
    match new_cap.checked_mul(elem_size) {
        Some(bytes) if bytes <= MAX_ALLOC => roundupsize(bytes, noscan) / elem_size,
        _ => new_cap,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_slice_cap_shapes() {
        assert_eq!(next_slice_cap(1, 0), 1);
        assert_eq!(next_slice_cap(5, 4), 8);
        assert_eq!(next_slice_cap(100, 4), 100);
        assert_eq!(next_slice_cap(257, 256), 256 + (256 + 768) / 4);
        assert_eq!(next_slice_cap(usize::MAX / 2, usize::MAX / 4), usize::MAX / 2);
    }

    #[test]
    fn grow_examples() {
        assert_eq!(grow_slice_cap(0, 0, 1, 1, true), 8);
        assert_eq!(grow_slice_cap(512, 512, 513, 1, true), 896);
        assert_eq!(grow_slice_cap(0, 0, 1, 0, true), 1);
        assert_eq!(grow_slice_cap(2, 2, 3, 1000, false), 4);
    }
}
