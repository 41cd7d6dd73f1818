//! The Go heap: where every Go-visible object lives.
//!
//! Layers, top to bottom (Go's design and vocabulary; `docs/heap.md` has the full picture):
//! - [`Mcache`] (`mcache.rs`): one per P, no locks; a cached span per span class.
//! - `Mcentral` (`mcentral.rs`): one per span class; partial and full span sets.
//! - `Mheap` (`mheap.rs`): the page allocator over arenas; large objects come straight from it.
//! - Arenas (`arena.rs`): 64 MiB anonymous mappings of 8 KiB pages, each with a page → span
//!   table and a pointer bitmap; an arena index finds the arena of any address in O(1).
//! - Spans (`span.rs`): a run of pages holding objects of one size class (`sizeclass.rs`), or
//!   one large object.
//!
//! Glossary: *page* 8 KiB; *span* a run of pages with its metadata, named by a [`SpanIdx`];
//! *size class* one of Go's 67 small object sizes; *span class* size class + noscan bit;
//! *noscan* holds no pointers, never scanned; *slot* the room for one object in a span.
//!
//! Invariants:
//! - Nothing here is process-wide: a [`Heap`] owns its arenas and metadata, and two heaps in one
//!   process never share a page.
//! - Memory handed out is zeroed and stays mapped until the `Heap` is dropped (every [`Mcache`]
//!   holds an `Arc` of its heap; the VM must hold one as long as it holds heap pointers).
//! - Every page of an in-use span names that span in its arena's page table; a page in no span
//!   names none. Spans never cross arenas.
//! - Scan and noscan objects never share a span.

pub mod growslice;
pub mod sizeclass;

mod arena;
mod mcache;
mod mcentral;
mod mheap;
mod span;
mod table;

use std::fmt;
use std::ptr::NonNull;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

pub use arena::{ARENA_SIZE, PAGES_PER_ARENA};
pub use mcache::Mcache;
pub use sizeclass::{SizeClass, SpanClass};
pub use span::MAX_OBJECTS_PER_SPAN;

use mcentral::Mcentral;
use mheap::Mheap;
use sizeclass::NUM_SPAN_CLASSES;
use span::SpanState;

/// log2 of the page size.
pub const PAGE_SHIFT: u32 = 13;
/// Bytes per heap page: spans are whole pages.
pub const PAGE_SIZE: usize = 1 << PAGE_SHIFT;

/// A span structure's index in its heap's span table. Structures are recycled: once a span's
/// pages are freed, its index may name a new span.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct SpanIdx(pub u32);

/// What an allocation holds, for the collector.
#[derive(Clone, Copy, Debug)]
pub enum Layout<'a> {
    /// No pointers anywhere: the object goes in a noscan span and is never scanned.
    NoScan,
    /// Repeated elements of `elem_words` words; bit `i` of `mask` (bit `i % 64` of word `i / 64`)
    /// says word `i` of an element holds a heap pointer. Mask words past the end count as zero.
    /// A type with no pointer at all must use `NoScan` (Go's `noscan` is "no pointers"; it
    /// decides size classes through the malloc header rule).
    Scan { mask: &'a [u64], elem_words: usize },
}

impl Layout<'_> {
    /// Whether the object holds no pointers.
    #[inline]
    pub fn is_noscan(&self) -> bool {
        match *self {
            Layout::NoScan => true,
            Layout::Scan { mask, elem_words } => {
                debug_assert!(elem_words > 0, "Layout::Scan with elem_words == 0");
                debug_assert!(mask.iter().any(|&w| w != 0), "Layout::Scan without pointers: use NoScan");
                false
            }
        }
    }
}

/// The OS refused memory, or the request can never be satisfied. The VM turns it into Go's
/// `fatal error: runtime: out of memory`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct OutOfMemory {
    /// Bytes asked for when the allocation failed (an arena reservation, or the object).
    pub requested: usize,
}

impl fmt::Display for OutOfMemory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "runtime: out of memory: cannot allocate {}-byte block", self.requested)
    }
}

impl std::error::Error for OutOfMemory {}

/// Heap statistics, in Go's `MemStats` vocabulary.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct HeapStats {
    /// Bytes of allocated objects, counted by slot size (Go's `HeapAlloc`). Like Go's
    /// `heapLive`, the free slots of spans cached in an mcache count as allocated until
    /// [`Mcache::release_all`].
    pub heap_alloc: u64,
    /// Allocated objects, with the same caveat (Go's `HeapObjects`).
    pub heap_objects: u64,
    /// Bytes in in-use spans (Go's `HeapInuse`).
    pub heap_inuse: u64,
    /// Bytes of arena address space reserved from the OS (Go's `HeapSys`).
    pub heap_sys: u64,
    /// Spans in use.
    pub spans_inuse: u64,
    /// Arenas reserved.
    pub arenas: u64,
}

/// An object slot found from an address inside it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Object {
    /// Address of the slot's first byte.
    pub base: usize,
    /// Bytes in the slot: the size class, or the whole span for a large object.
    pub size: usize,
    /// The slot's index in its span (0 for a large object).
    pub index: usize,
    pub span: SpanInfo,
}

/// The span an [`Object`] lives in.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct SpanInfo {
    pub idx: SpanIdx,
    /// Address of the span's first page.
    pub base: usize,
    pub npages: usize,
    /// [`SizeClass::LARGE`] for a large object's span.
    pub size_class: SizeClass,
    pub noscan: bool,
    /// Slots in the span.
    pub nelems: usize,
}

/// The address Go gives every zero-size allocation. It lies outside every heap.
static ZEROBASE: u64 = 0;

/// A Go heap: arenas, spans, mcentrals, statistics. One per `Runtime`; shared by its Ms through
/// an `Arc`, each P allocating through its own [`Mcache`].
pub struct Heap {
    mheap: Mheap,
    /// Indexed by `SpanClass::index`.
    central: Box<[Mcentral]>,
    live_objects: AtomicU64,
    live_bytes: AtomicU64,
}

impl Heap {
    /// An empty heap. Arenas are reserved on first use.
    #[allow(clippy::new_ret_no_self, reason = "a heap is always shared")]
    pub fn new() -> Arc<Heap> {
        Arc::new(Heap {
            mheap: Mheap::new(),
            central: (0..NUM_SPAN_CLASSES).map(|_| Mcentral::default()).collect(),
            live_objects: AtomicU64::new(0),
            live_bytes: AtomicU64::new(0),
        })
    }

    /// The pointer returned for zero-size allocations (Go's `zerobase`): non-null, 8-byte
    /// aligned, the same for every heap, and not in any heap (`find_object` gives `None`).
    /// Nothing may be written through it.
    pub fn zerobase() -> NonNull<u8> {
        NonNull::from(&ZEROBASE).cast()
    }

    /// Current statistics. Each field is read atomically, but not all at one instant.
    pub fn stats(&self) -> HeapStats {
        let pages = self.mheap.stats();
        HeapStats {
            heap_alloc: self.live_bytes.load(Ordering::Relaxed),
            heap_objects: self.live_objects.load(Ordering::Relaxed),
            heap_inuse: pages.pages_in_use * PAGE_SIZE as u64,
            heap_sys: pages.sys_bytes,
            spans_inuse: pages.spans_in_use,
            arenas: pages.arenas,
        }
    }

    /// The object slot containing `addr` (any interior address), or `None` if `addr` is outside
    /// every arena of this heap, in a free page, or in the unused tail of a span. The slot is
    /// reported whether or not an object is currently allocated in it (as Go's `findObject`):
    /// callers ask about addresses they got from live pointers.
    pub fn find_object(&self, addr: usize) -> Option<Object> {
        let (_, idx, span) = self.mheap.span_of(addr)?;
        let base = span.base();
        let elem_size = span.elem_size();
        let index = (addr - base) / elem_size;
        if index >= span.nelems() {
            return None;
        }
        let span_class = span.span_class();
        Some(Object {
            base: base + index * elem_size,
            size: elem_size,
            index,
            span: SpanInfo {
                idx,
                base,
                npages: span.npages(),
                size_class: span_class.size_class(),
                noscan: span_class.noscan(),
                nelems: span.nelems(),
            },
        })
    }

    /// Whether the heap word at `addr` holds a pointer according to the pointer bitmap written
    /// when its object was allocated. False for unaligned addresses, addresses outside the heap,
    /// and words of noscan objects.
    pub fn is_pointer_word(&self, addr: usize) -> bool {
        if !addr.is_multiple_of(8) {
            return false;
        }
        let Some((arena, _, span)) = self.mheap.span_of(addr) else { return false };
        if span.span_class().noscan() || (addr - span.base()) / span.elem_size() >= span.nelems() {
            return false;
        }
        arena.ptr_bit(addr)
    }

    /// `n_words` words of heap memory from `addr` as atomics, if they lie within one arena of
    /// this heap and `addr` is 8-byte aligned. All runtime reads and writes of heap memory go
    /// through atomics like these (relaxed: plain moves on x86-64 and arm64).
    pub fn words(&self, addr: usize, n_words: usize) -> Option<&[AtomicU64]> {
        self.mheap.arena_of(addr)?.words(addr, n_words)
    }

    fn add_live(&self, objects: usize, elem_size: usize) {
        self.live_objects.fetch_add(objects as u64, Ordering::Relaxed);
        self.live_bytes.fetch_add((objects * elem_size) as u64, Ordering::Relaxed);
    }

    fn sub_live(&self, objects: usize, elem_size: usize) {
        self.live_objects.fetch_sub(objects as u64, Ordering::Relaxed);
        self.live_bytes.fetch_sub((objects * elem_size) as u64, Ordering::Relaxed);
    }
}

impl fmt::Debug for Heap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Heap").field("stats", &self.stats()).finish_non_exhaustive()
    }
}
