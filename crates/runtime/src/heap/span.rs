//! Spans: runs of pages that hold objects of one size class, or one large object.
//!
//! A small span holds `nelems = pages * 8192 / size` slots of one span class; slot `i` is at
//! `base + i * elem_size`. A large span (size class 0) holds one object of `npages` pages and
//! `elem_size = npages * 8192`.
//!
//! Allocation state, as in Go: slot `i` is allocated iff `i < free_index` or bit `i` of
//! `alloc_bits` is set. `alloc_bits` is what the last sweep found live (all zero for a new
//! span); new allocations only move `free_index` forward, so the fast path writes no bitmap.
//! `alloc_count` counts allocated slots. The collector (next issue) will set `mark_bits`,
//! turn them into the next `alloc_bits` when it sweeps, reset `free_index` to 0, and use
//! `sweep_gen` to tell swept spans from unswept ones.
//!
//! Pointer bitmaps live beside the arena (see `arena.rs`); this module writes a new object's
//! bits from its [`Layout`](super::Layout): the element mask repeated for every element, zero
//! for the rest of the slot (the malloc-header word of big scan objects, padding).
//!
//! Ownership (the invariant that keeps the relaxed atomics below race-free in practice):
//! identity fields are written only by the mheap, under its lock, while the span is not in use;
//! allocation state and the span's pointer bitmap are written only by the span's current holder
//! (the mcache that cached it, the mcentral under its lock, or the thread that allocated a large
//! object). Other threads only read identity fields of in-use spans (`find_object`) and
//! pointer bits of allocated objects (`is_pointer_word`).

use std::sync::atomic::{AtomicBool, AtomicU8, AtomicU32, AtomicU64, AtomicUsize, Ordering};

use super::PAGE_SIZE;
use super::sizeclass::{SizeClass, SpanClass};

/// The most objects a span can hold (8-byte objects in one page).
pub const MAX_OBJECTS_PER_SPAN: usize = PAGE_SIZE / 8;
const OBJECT_BITMAP_WORDS: usize = MAX_OBJECTS_PER_SPAN / 64;

/// A span's life cycle. A span structure is recycled once its pages return to the mheap.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub(crate) enum SpanState {
    /// Not describing any pages (new, or its pages were freed).
    Dead = 0,
    /// Holds heap objects.
    InUse = 1,
}

#[derive(Default)]
pub(crate) struct Span {
    // Identity: written by the mheap under its lock before the span goes into use.
    base: AtomicUsize,
    npages: AtomicUsize,
    arena: AtomicU32,
    /// Index in its arena of the span's first page.
    first_page: AtomicUsize,
    span_class: AtomicU8,
    elem_size: AtomicUsize,
    nelems: AtomicUsize,
    /// A `SpanState`; set to `InUse` last (release), so a reader that sees `InUse` sees the
    /// identity fields.
    state: AtomicU8,

    // Allocation state: owned by the span's holder.
    free_index: AtomicUsize,
    alloc_count: AtomicUsize,
    /// The span's pages may hold old data: zero each slot before handing it out.
    needzero: AtomicBool,
    alloc_bits: [AtomicU64; OBJECT_BITMAP_WORDS],

    // For the collector.
    mark_bits: [AtomicU64; OBJECT_BITMAP_WORDS],
    sweep_gen: AtomicU32,
}

/// Where a span lives, for `Span::init`.
pub(crate) struct SpanPlace {
    pub(crate) arena: u32,
    pub(crate) first_page: usize,
    pub(crate) base: usize,
    pub(crate) npages: usize,
}

impl Span {
    /// Sets up a dead span to describe `place` with objects of `span_class`. Called by the
    /// mheap under its lock, before any page points at the span.
    pub(crate) fn init(&self, place: SpanPlace, span_class: SpanClass, needzero: bool) {
        debug_assert_eq!(self.state(), SpanState::Dead);
        let class = span_class.size_class();
        let (elem_size, nelems) = if class == SizeClass::LARGE {
            (place.npages * PAGE_SIZE, 1)
        } else {
            debug_assert_eq!(place.npages, class.pages());
            (class.size(), class.objects())
        };
        self.base.store(place.base, Ordering::Relaxed);
        self.npages.store(place.npages, Ordering::Relaxed);
        self.arena.store(place.arena, Ordering::Relaxed);
        self.first_page.store(place.first_page, Ordering::Relaxed);
        self.span_class.store(span_class.0, Ordering::Relaxed);
        self.elem_size.store(elem_size, Ordering::Relaxed);
        self.nelems.store(nelems, Ordering::Relaxed);
        self.free_index.store(0, Ordering::Relaxed);
        self.alloc_count.store(0, Ordering::Relaxed);
        self.needzero.store(needzero, Ordering::Relaxed);
        for word in self.alloc_bits.iter().chain(&self.mark_bits) {
            word.store(0, Ordering::Relaxed);
        }
        self.sweep_gen.store(0, Ordering::Relaxed);
        self.state.store(SpanState::InUse as u8, Ordering::Release);
    }

    /// Marks the span dead. Called by the mheap under its lock.
    pub(crate) fn retire(&self) {
        self.state.store(SpanState::Dead as u8, Ordering::Release);
    }

    #[inline]
    pub(crate) fn state(&self) -> SpanState {
        if self.state.load(Ordering::Acquire) == SpanState::InUse as u8 { SpanState::InUse } else { SpanState::Dead }
    }

    #[inline]
    pub(crate) fn base(&self) -> usize {
        self.base.load(Ordering::Relaxed)
    }

    #[inline]
    pub(crate) fn npages(&self) -> usize {
        self.npages.load(Ordering::Relaxed)
    }

    #[inline]
    pub(crate) fn arena(&self) -> u32 {
        self.arena.load(Ordering::Relaxed)
    }

    #[inline]
    pub(crate) fn first_page(&self) -> usize {
        self.first_page.load(Ordering::Relaxed)
    }

    #[inline]
    pub(crate) fn span_class(&self) -> SpanClass {
        SpanClass(self.span_class.load(Ordering::Relaxed))
    }

    #[inline]
    pub(crate) fn elem_size(&self) -> usize {
        self.elem_size.load(Ordering::Relaxed)
    }

    #[inline]
    pub(crate) fn nelems(&self) -> usize {
        self.nelems.load(Ordering::Relaxed)
    }

    pub(crate) fn free_index(&self) -> usize {
        self.free_index.load(Ordering::Relaxed)
    }

    pub(crate) fn alloc_count(&self) -> usize {
        self.alloc_count.load(Ordering::Relaxed)
    }

    pub(crate) fn needzero(&self) -> bool {
        self.needzero.load(Ordering::Relaxed)
    }

    /// Records the holder's allocation progress when it gives the span back.
    pub(crate) fn set_alloc_state(&self, free_index: usize, alloc_count: usize) {
        debug_assert!(free_index <= self.nelems() && alloc_count <= self.nelems());
        self.free_index.store(free_index, Ordering::Relaxed);
        self.alloc_count.store(alloc_count, Ordering::Relaxed);
    }

    /// Word `word` of the alloc bitmap (slots `64 * word ..`).
    #[inline]
    pub(crate) fn alloc_bits_word(&self, word: usize) -> u64 {
        self.alloc_bits[word].load(Ordering::Relaxed)
    }
}

/// A pointer-bitmap pattern: the element mask of a [`Layout::Scan`](super::Layout::Scan).
pub(crate) struct ElemMask<'a> {
    /// Bit `i` is set when word `i` of an element holds a pointer; missing words are zero.
    pub(crate) mask: &'a [u64],
    /// Words per element; at least 1.
    pub(crate) elem_words: usize,
}

impl ElemMask<'_> {
    /// `count <= 64` bits of the mask starting at bit `from`.
    fn bits(&self, from: usize, count: usize) -> u64 {
        let word = |i: usize| self.mask.get(i).copied().unwrap_or(0);
        let shift = from % 64;
        let mut value = word(from / 64) >> shift;
        if shift != 0 && count > 64 - shift {
            value |= word(from / 64 + 1) << (64 - shift);
        }
        value & low_bits(count)
    }

    /// The mask repeated across 64 bits, if the element length divides 64.
    fn periodic(&self) -> Option<u64> {
        if !64usize.is_multiple_of(self.elem_words) {
            return None;
        }
        Some(repeat(self.bits(0, self.elem_words), self.elem_words, 64))
    }
}

/// The first `len <= 64` bits of `pattern` (a `width`-bit value) repeated.
#[inline]
fn repeat(pattern: u64, width: usize, len: usize) -> u64 {
    let mut value = pattern;
    let mut filled = width;
    while filled < len {
        value |= value << filled;
        filled *= 2;
    }
    value & low_bits(len)
}

#[inline]
fn low_bits(count: usize) -> u64 {
    if count >= 64 { u64::MAX } else { (1u64 << count) - 1 }
}

/// Writes the pointer bits of one object: `slot_words` bits starting at bit `first_bit` of
/// `bitmap`; the first `object_words` of them follow `elem` repeated, the rest are zero.
/// Only the span's holder may call it (see the module doc); words shared with neighbouring
/// slots are updated by load and store.
#[inline]
pub(crate) fn write_ptr_bits(
    bitmap: &[AtomicU64],
    first_bit: usize,
    slot_words: usize,
    object_words: usize,
    elem: &ElemMask<'_>,
) {
    debug_assert!(elem.elem_words > 0 && object_words <= slot_words);
    if slot_words > 64 {
        write_long_ptr_bits(bitmap, first_bit, slot_words, object_words, elem);
    } else {
        // Most scan objects (up to 512 bytes): at most 64 bits in at most two bitmap words.
        let value = if object_words == 0 {
            0
        } else if elem.elem_words >= object_words {
            elem.bits(0, object_words)
        } else {
            repeat(elem.bits(0, elem.elem_words), elem.elem_words, object_words)
        };
        store_bits(bitmap, first_bit, slot_words, value);
        if first_bit % 64 + slot_words > 64 {
            let done = 64 - first_bit % 64;
            store_bits(bitmap, first_bit + done, slot_words - done, value >> done);
        }
    }
}

/// `write_ptr_bits` for slots of more than 64 words, one bitmap word at a time.
#[inline(never)]
fn write_long_ptr_bits(
    bitmap: &[AtomicU64],
    first_bit: usize,
    slot_words: usize,
    object_words: usize,
    elem: &ElemMask<'_>,
) {
    let periodic = elem.periodic();
    let mut pos = 0;
    while pos < slot_words {
        let bit = first_bit + pos;
        let shift = bit % 64;
        let count = (64 - shift).min(slot_words - pos);
        // The pattern bits for object words `pos .. pos + count`.
        let mut value = 0u64;
        if pos < object_words {
            let wanted = count.min(object_words - pos);
            match periodic {
                Some(pattern) => value = pattern.rotate_right((pos % elem.elem_words) as u32) & low_bits(wanted),
                None => {
                    let mut filled = 0;
                    while filled < wanted {
                        let offset = (pos + filled) % elem.elem_words;
                        let take = (wanted - filled).min(elem.elem_words - offset).min(64);
                        value |= elem.bits(offset, take) << filled;
                        filled += take;
                    }
                }
            }
        }
        store_bits(bitmap, bit, count, value);
        pos += count;
    }
}

/// Stores the low bits of `value` at bit `bit` of `bitmap`: `count` bits, or fewer if the
/// bitmap word ends first.
#[inline]
fn store_bits(bitmap: &[AtomicU64], bit: usize, count: usize, value: u64) {
    let shift = bit % 64;
    let count = count.min(64 - shift);
    let word = &bitmap[bit / 64];
    if count == 64 {
        word.store(value, Ordering::Relaxed);
    } else {
        let field = low_bits(count) << shift;
        let old = word.load(Ordering::Relaxed);
        word.store((old & !field) | ((value << shift) & field), Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_bits(bitmap: &[AtomicU64], first_bit: usize, n: usize) -> Vec<bool> {
        (first_bit..first_bit + n).map(|b| (bitmap[b / 64].load(Ordering::Relaxed) >> (b % 64)) & 1 != 0).collect()
    }

    fn expected(mask: &[u64], elem_words: usize, object_words: usize, slot_words: usize) -> Vec<bool> {
        (0..slot_words)
            .map(|w| {
                let i = w % elem_words;
                w < object_words && mask.get(i / 64).is_some_and(|m| (m >> (i % 64)) & 1 != 0)
            })
            .collect()
    }

    #[test]
    fn ptr_bits_repeat_the_mask_and_leave_neighbours_alone() {
        let masks: &[(&[u64], usize)] = &[
            (&[1], 1),
            (&[0b10], 2),
            (&[0b101], 3),
            (&[0b1001], 4),
            (&[0b11_0000_0001], 10),
            (&[1 << 63 | 1, 0b10], 70),
            (&[u64::MAX, u64::MAX, 1], 130),
            (&[0b1], 125),
        ];
        for &(mask, elem_words) in masks {
            for first_bit in [0, 1, 37, 63, 64, 100] {
                for slot_words in [elem_words, elem_words * 3 + 1, 200, 700] {
                    if slot_words < elem_words {
                        continue;
                    }
                    let object_words = slot_words / elem_words * elem_words;
                    let bitmap: Vec<AtomicU64> = (0..20).map(|_| AtomicU64::new(u64::MAX)).collect();
                    let elem = ElemMask { mask, elem_words };
                    write_ptr_bits(&bitmap, first_bit, slot_words, object_words, &elem);
                    assert_eq!(
                        read_bits(&bitmap, first_bit, slot_words),
                        expected(mask, elem_words, object_words, slot_words),
                        "mask {mask:?} elem_words {elem_words} first_bit {first_bit} slot_words {slot_words}"
                    );
                    assert!(read_bits(&bitmap, 0, first_bit).iter().all(|&b| b));
                    assert!(
                        read_bits(&bitmap, first_bit + slot_words, 1280 - first_bit - slot_words).iter().all(|&b| b)
                    );
                }
            }
        }
    }
}
