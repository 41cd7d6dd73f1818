//! The mcache: a P's private allocation cache, one cached span per span class.
//!
//! Fast path (no lock, no atomic read-modify-write): the cached span's next free slot comes
//! from a 64-bit window of its free bits, `free_bits`, covering slots
//! `window..window + 64`; take the lowest set bit, clear it, return `base + slot * elem_size`.
//! When the window is empty, load the next 64 slots from the span's `alloc_bits` (once per
//! 64 objects). When the span is exhausted, give it back to its mcentral (`full`) and take
//! another (`partial`, or a fresh one from the mheap).
//!
//! Then, off the fast path only when needed: zero the slot if the span's pages were used
//! before (`needzero`; fresh pages come zeroed from the OS), and write the pointer bitmap for
//! scan objects.
//!
//! Statistics, as Go counts `heapLive`: taking a span counts all its free slots as allocated;
//! giving it back uncounts the slots still free. So `Heap::stats` over-counts by the free slots
//! of cached spans until `release_all`, and is exact after it.
//!
//! Large objects (over `MAX_SMALL_ALLOC` bytes) skip the cache: each gets a span of its own
//! straight from the mheap.
//!
//! An `Mcache` is `Send` (a P moves between Ms) but not `Sync`: only the M holding the P uses it.

use std::cell::Cell;
use std::marker::PhantomData;
use std::ptr::NonNull;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use super::growslice::MAX_ALLOC;
use super::sizeclass::{MAX_SMALL_ALLOC, NUM_SPAN_CLASSES, SizeClass, SpanClass, size_to_class, with_header};
use super::span::{ElemMask, Span, write_ptr_bits};
use super::{Heap, Layout, OutOfMemory, PAGE_SIZE, SpanIdx};

const NO_SPAN: u32 = u32::MAX;

/// The allocation state of one cached span, copied out of the span while the mcache holds it.
#[derive(Clone, Copy)]
struct CachedSpan {
    /// The span's index, or `NO_SPAN`.
    span: u32,
    base: usize,
    elem_size: usize,
    nelems: usize,
    arena: u32,
    first_page: usize,
    npages: usize,
    /// First slot of the window.
    window: usize,
    /// Bit `i` set: slot `window + i` is free. Invariant: no bit at or beyond `nelems`.
    free_bits: u64,
    alloc_count: usize,
    needzero: bool,
}

impl CachedSpan {
    const EMPTY: CachedSpan = CachedSpan {
        span: NO_SPAN,
        base: 0,
        elem_size: 0,
        nelems: 0,
        arena: 0,
        first_page: 0,
        npages: 0,
        window: 0,
        free_bits: 0,
        alloc_count: 0,
        needzero: false,
    };

    /// The fast path: the next free slot of the window.
    #[inline(always)]
    fn take(&mut self) -> Option<usize> {
        if self.free_bits == 0 {
            return None;
        }
        let bit = self.free_bits.trailing_zeros() as usize;
        self.free_bits &= self.free_bits - 1;
        self.alloc_count += 1;
        Some(self.base + (self.window + bit) * self.elem_size)
    }

    /// The free slots among the 64 from `window` according to the span's alloc bits, below
    /// `nelems`.
    fn load_window(&mut self, span: &Span, window: usize) {
        debug_assert!(window.is_multiple_of(64));
        self.window = window;
        let valid = self.nelems - window;
        let in_span = if valid >= 64 { u64::MAX } else { (1u64 << valid) - 1 };
        self.free_bits = !span.alloc_bits_word(window / 64) & in_span;
    }

    /// Moves the window forward to the next slots with a free one; false at the span's end.
    fn advance(&mut self, span: &Span) -> bool {
        while self.free_bits == 0 {
            let next = self.window + 64;
            if next >= self.nelems {
                return false;
            }
            self.load_window(span, next);
        }
        true
    }

    /// Starts allocating from `span` at its `free_index`.
    fn load(idx: SpanIdx, span: &Span) -> CachedSpan {
        let mut cached = CachedSpan {
            span: idx.0,
            base: span.base(),
            elem_size: span.elem_size(),
            nelems: span.nelems(),
            arena: span.arena(),
            first_page: span.first_page(),
            npages: span.npages(),
            alloc_count: span.alloc_count(),
            needzero: span.needzero(),
            ..CachedSpan::EMPTY
        };
        let free_index = span.free_index();
        if free_index < cached.nelems {
            cached.load_window(span, free_index / 64 * 64);
            cached.free_bits &= u64::MAX << (free_index % 64);
        } else {
            cached.window = free_index / 64 * 64;
        }
        cached
    }

    /// The span's `free_index` for the next holder: every slot below it is allocated.
    fn free_index(&self) -> usize {
        let in_window = if self.free_bits == 0 { 64 } else { self.free_bits.trailing_zeros() as usize };
        (self.window + in_window).min(self.nelems)
    }
}

/// A per-P allocation cache over a shared [`Heap`].
///
/// `Send` but not `Sync`: one M at a time allocates through it.
///
/// ```compile_fail
/// fn shared<T: Sync>() {}
/// shared::<gorun_runtime::Mcache>();
/// ```
pub struct Mcache {
    heap: Arc<Heap>,
    alloc: Box<[CachedSpan; NUM_SPAN_CLASSES]>,
    _not_sync: PhantomData<Cell<()>>,
}

impl Mcache {
    /// An empty cache allocating from `heap`.
    pub fn new(heap: Arc<Heap>) -> Mcache {
        Mcache { heap, alloc: Box::new([CachedSpan::EMPTY; NUM_SPAN_CLASSES]), _not_sync: PhantomData }
    }

    /// The heap this cache allocates from.
    pub fn heap(&self) -> &Arc<Heap> {
        &self.heap
    }

    /// Allocates `size` bytes of zeroed memory for an object made of elements described by
    /// `layout`, and records its pointer words. The address is 8-byte aligned at least: a small
    /// object is aligned to the largest power of two dividing its size class (up to 8 KiB), a
    /// large object to a page. `size == 0` returns [`Heap::zerobase`].
    ///
    /// For `Layout::Scan`, the object is `size / (8 * elem_words)` elements, each with the
    /// pointer words of `mask`; words past the last whole element hold no pointers.
    #[inline]
    pub fn alloc(&mut self, size: usize, layout: Layout<'_>) -> Result<NonNull<u8>, OutOfMemory> {
        if size == 0 {
            return Ok(Heap::zerobase());
        }
        let noscan = layout.is_noscan();
        if size > MAX_SMALL_ALLOC {
            return alloc_large(&self.heap, size, layout);
        }
        let span_class = SpanClass::new(size_to_class(with_header(size, noscan)), noscan);
        let cached = &mut self.alloc[span_class.index()];
        let addr = match cached.take() {
            Some(addr) => addr,
            None => self.refill(span_class)?,
        };
        let cached = &self.alloc[span_class.index()];
        if cached.needzero || !noscan {
            let arena = self.heap.mheap.arena(cached.arena);
            let span_bitmap = arena.ptr_bitmap(cached.first_page..cached.first_page + cached.npages);
            let first_bit = (addr - cached.base) / 8;
            init_object(&self.heap, addr, cached.elem_size, cached.needzero, size, layout, span_bitmap, first_bit);
        }
        Ok(heap_pointer(addr))
    }

    /// The slow path: move the window, or swap the span for one with free slots.
    #[cold]
    #[inline(never)]
    fn refill(&mut self, span_class: SpanClass) -> Result<usize, OutOfMemory> {
        let heap = &*self.heap;
        let cached = &mut self.alloc[span_class.index()];
        if cached.span != NO_SPAN {
            if cached.advance(heap.mheap.span(SpanIdx(cached.span))) {
                return Ok(cached.take().expect("advance found a free slot"));
            }
            uncache(heap, cached);
        }
        let central = &heap.central[span_class.index()];
        loop {
            let idx = central.cache_span(heap, span_class)?;
            let span = heap.mheap.span(idx);
            *cached = CachedSpan::load(idx, span);
            // Count every free slot as allocated now (see the module doc).
            heap.add_live(span.nelems() - cached.alloc_count, span.elem_size());
            if cached.advance(span) {
                return Ok(cached.take().expect("advance found a free slot"));
            }
            // A partial span without a free slot would be a bookkeeping bug; file it as full.
            debug_assert!(false, "mcentral handed out a full span");
            uncache(heap, cached);
        }
    }

    /// Gives every cached span back to its mcentral, recording how far allocation got. The
    /// collector calls it before sweeping; dropping the cache does it too.
    pub fn release_all(&mut self) {
        let heap = &*self.heap;
        for cached in self.alloc.iter_mut() {
            if cached.span != NO_SPAN {
                uncache(heap, cached);
            }
        }
    }
}

impl Drop for Mcache {
    fn drop(&mut self) {
        self.release_all();
    }
}

/// Returns a cached span to its mcentral and empties the cache slot.
fn uncache(heap: &Heap, cached: &mut CachedSpan) {
    let idx = SpanIdx(cached.span);
    let span = heap.mheap.span(idx);
    span.set_alloc_state(cached.free_index(), cached.alloc_count);
    let unused = cached.nelems - cached.alloc_count;
    heap.sub_live(unused, cached.elem_size);
    heap.central[span.span_class().index()].uncache_span(idx, unused > 0);
    *cached = CachedSpan::EMPTY;
}

/// A large object: a span of its own, straight from the mheap.
fn alloc_large(heap: &Heap, size: usize, layout: Layout<'_>) -> Result<NonNull<u8>, OutOfMemory> {
    if size > MAX_ALLOC {
        return Err(OutOfMemory { requested: size });
    }
    let npages = size.div_ceil(PAGE_SIZE);
    let noscan = layout.is_noscan();
    let idx = heap.mheap.alloc_span(npages, SpanClass::new(SizeClass::LARGE, noscan))?;
    let span = heap.mheap.span(idx);
    span.set_alloc_state(1, 1);
    let addr = span.base();
    let elem_size = span.elem_size();
    if span.needzero() || !noscan {
        let arena = heap.mheap.arena(span.arena());
        let span_bitmap = arena.ptr_bitmap(span.first_page()..span.first_page() + npages);
        init_object(heap, addr, elem_size, span.needzero(), size, layout, span_bitmap, 0);
    }
    heap.add_live(1, elem_size);
    Ok(heap_pointer(addr))
}

/// Zeroes a slot that may hold old data, and writes a scan object's pointer bits.
#[inline]
#[allow(clippy::too_many_arguments, reason = "one call per allocation path, all fields of the slot")]
fn init_object(
    heap: &Heap,
    addr: usize,
    slot_size: usize,
    needzero: bool,
    size: usize,
    layout: Layout<'_>,
    span_bitmap: &[std::sync::atomic::AtomicU64],
    first_bit: usize,
) {
    if needzero {
        let words = heap.words(addr, slot_size / 8).expect("a slot lies inside its arena");
        for word in words {
            word.store(0, Ordering::Relaxed);
        }
    }
    if let Layout::Scan { mask, elem_words } = layout {
        let slot_words = slot_size / 8;
        let size_words = size / 8;
        // Whole elements only; skip the division for the common one-element and
        // one-word-element objects.
        let object_words =
            if size_words == elem_words || elem_words == 1 { size_words } else { size_words / elem_words * elem_words };
        write_ptr_bits(span_bitmap, first_bit, slot_words, object_words, &ElemMask { mask, elem_words });
    }
}

/// The pointer for a heap address. Arena mappings expose their provenance when created.
#[inline(always)]
fn heap_pointer(addr: usize) -> NonNull<u8> {
    NonNull::new(std::ptr::with_exposed_provenance_mut(addr)).expect("heap addresses are non-null")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_go_back_to_the_right_mcentral_set() {
        let heap = Heap::new();
        let mut cache = Mcache::new(heap.clone());
        let full_class = SpanClass::new(size_to_class(4096), true);
        let partial_class = SpanClass::new(size_to_class(8), false);
        // Class 4096: two objects per one-page span. Three objects: one full span, one cached.
        for _ in 0..3 {
            cache.alloc(4096, Layout::NoScan).unwrap();
        }
        cache.alloc(8, Layout::Scan { mask: &[1], elem_words: 1 }).unwrap();
        assert_eq!(heap.central[full_class.index()].span_counts(), (0, 1));
        cache.release_all();
        assert_eq!(heap.central[full_class.index()].span_counts(), (1, 1));
        assert_eq!(heap.central[partial_class.index()].span_counts(), (1, 0));
        // The next cache takes the partial span back.
        let mut next = Mcache::new(heap.clone());
        next.alloc(4096, Layout::NoScan).unwrap();
        assert_eq!(heap.central[full_class.index()].span_counts(), (0, 1));
        drop(next);
        assert_eq!(heap.central[full_class.index()].span_counts(), (0, 2));
        assert_eq!(heap.stats().heap_objects, 5);
    }
}
