//! Arenas: the address space the heap hands out, and the index from any address to its arena.
//!
//! An arena is one anonymous `memmap2` mapping of 64 MiB (`ARENA_SIZE`) of 8 KiB pages. The OS
//! commits a page when it is first touched, so an arena costs address space, not memory, until
//! it is used. A large object that does not fit in
//! 64 MiB gets an arena of its own, rounded up to a multiple of 64 MiB.
//!
//! Beside the memory, each arena keeps
//! - `page_spans`: page number → span (a `SpanIdx + 1`, 0 = free page), so the span of any
//!   interior pointer is two loads away;
//! - `ptr_bits`: one bit per 8-byte word of the arena, set when the word of an allocated scan
//!   object holds a pointer. A span's pointer bitmap is its slice of this side table (spans
//!   start on pages, and a page is exactly 16 bitmap words, so no bitmap word is shared
//!   between spans). The side table is itself a lazily committed mapping: 1/64 of the arena.
//!
//! The arena index: the mappings are not aligned to 64 MiB (memmap2 cannot ask for that), so
//! the index is keyed by 64 MiB *chunks* of the address space. Every arena is at least one chunk
//! long, hence at most one arena covers the start of a chunk (`low`) and at most one begins
//! strictly inside it (`high`); a chunk's entry records both and `lookup` compares the address
//! with the `high` arena's base. The chunk table has two levels (1024 × 4096 entries for 48-bit
//! addresses); second-level blocks are created when an arena lands in their range.
//!
//! Memory access: this is the only module with `unsafe`. `MappedWords::words` views a mapping
//! as `&[AtomicU64]`: every read and write of heap memory by the runtime is a relaxed atomic
//! access (plain moves on x86-64 and arm64), so a racy Go program can tear values as in Go but
//! never makes the runtime's own behaviour undefined.
//!
//! Rejected: over-reserving 128 MiB to carve out an aligned arena (doubles address space per
//! arena, and memmap2 cannot unmap the excess); a sorted arena list with binary search (not
//! O(1)).

use std::ops::Range;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, AtomicU64, AtomicUsize, Ordering};

use memmap2::{MmapOptions, MmapRaw};

use super::{OutOfMemory, PAGE_SHIFT, PAGE_SIZE, SpanIdx};

/// Bytes in a standard arena (and the granularity of arena sizes).
pub const ARENA_SIZE: usize = 64 << 20;
/// Pages in a standard arena.
pub const PAGES_PER_ARENA: usize = ARENA_SIZE / PAGE_SIZE;

/// Heap addresses fit in this many bits (user space on x86-64 and arm64 Linux); a mapping above
/// is refused.
const HEAP_ADDR_BITS: u32 = 48;
const CHUNK_SHIFT: u32 = ARENA_SIZE.trailing_zeros();
const L2_BITS: u32 = 12;
const L1_BITS: u32 = HEAP_ADDR_BITS - CHUNK_SHIFT - L2_BITS;

/// Words of pointer bitmap per page: one bit per heap word.
const PTR_BITMAP_WORDS_PER_PAGE: usize = PAGE_SIZE / 8 / 64;

/// An anonymous, lazily committed mapping, seen as atomic 64-bit words.
struct MappedWords {
    map: MmapRaw,
}

impl MappedWords {
    fn new(bytes: usize) -> Result<MappedWords, OutOfMemory> {
        // Without `MAP_NORESERVE`: the OS's overcommit policy may refuse a mapping it could
        // never back (beyond RAM and swap), which becomes Go's out-of-memory error here rather
        // than a kill later. Pages are still committed only when first touched.
        let map = MmapOptions::new().len(bytes).map_anon().map_err(|_| OutOfMemory { requested: bytes })?;
        let map = MmapRaw::from(map);
        // The runtime turns heap addresses back into pointers with
        // `with_exposed_provenance`; exposing the mapping's provenance once makes that valid.
        let _ = map.as_mut_ptr().expose_provenance();
        Ok(MappedWords { map })
    }

    fn addr(&self) -> usize {
        self.map.as_ptr().addr()
    }

    /// The whole mapping as words.
    fn words(&self) -> &[AtomicU64] {
        let ptr = self.map.as_ptr().cast::<AtomicU64>();
        // SAFETY: `ptr` is the start of a readable and writable private anonymous mapping of
        // `self.map.len()` bytes that stays mapped until `self.map` is dropped, which the
        // borrow of `self` outlives. mmap returns page-aligned memory, so `ptr` is aligned for
        // `AtomicU64`, and the length is rounded down to whole words. Anonymous memory is
        // initialized (zero-filled) by the OS. Every access to this memory by the runtime goes
        // through atomics (this function is the only way in), so shared `&AtomicU64`s
        // to it cannot conflict with a `&mut` anywhere. Memory that Go code reaches through
        // the VM's raw pointers is accessed with atomics too (DESIGN.md §2).
        unsafe { std::slice::from_raw_parts(ptr, self.map.len() / 8) }
    }
}

/// One arena: a run of pages plus its page → span table and pointer bitmap.
pub(crate) struct Arena {
    mem: MappedWords,
    /// Address of page 0; `PAGE_SIZE`-aligned, inside `mem`.
    base: usize,
    npages: usize,
    /// Page → `SpanIdx + 1`, 0 for a page in no span.
    /// Invariant: written only under the mheap lock; a page of an in-use span names that span.
    page_spans: Box<[AtomicU32]>,
    /// One bit per word of the arena's pages; see the module doc.
    ptr_bits: MappedWords,
    /// Pages at or above this index have never been handed out, so they are still zero.
    /// Protected by: the mheap lock.
    zeroed_base: AtomicUsize,
}

impl Arena {
    /// Reserves an arena of `npages` pages (a multiple of `PAGES_PER_ARENA`).
    pub(crate) fn reserve(npages: usize) -> Result<Arena, OutOfMemory> {
        debug_assert!(npages > 0 && npages.is_multiple_of(PAGES_PER_ARENA));
        let bytes = npages.checked_mul(PAGE_SIZE).ok_or(OutOfMemory { requested: usize::MAX })?;
        // One extra page leaves room to align the first page to `PAGE_SIZE` (mmap only
        // promises the OS page size).
        let mem = MappedWords::new(bytes + PAGE_SIZE)?;
        let base = mem.addr().next_multiple_of(PAGE_SIZE);
        if (base + bytes) >> HEAP_ADDR_BITS != 0 {
            return Err(OutOfMemory { requested: bytes });
        }
        let ptr_bits = MappedWords::new(npages * PTR_BITMAP_WORDS_PER_PAGE * 8)?;
        let mut page_spans = Vec::new();
        page_spans.try_reserve_exact(npages).map_err(|_| OutOfMemory { requested: bytes })?;
        page_spans.extend((0..npages).map(|_| AtomicU32::new(0)));
        let page_spans = page_spans.into_boxed_slice();
        Ok(Arena { mem, base, npages, page_spans, ptr_bits, zeroed_base: AtomicUsize::new(0) })
    }

    pub(crate) fn base(&self) -> usize {
        self.base
    }

    pub(crate) fn end(&self) -> usize {
        self.base + self.npages * PAGE_SIZE
    }

    /// Bytes of heap pages this arena provides.
    pub(crate) fn reserved_bytes(&self) -> usize {
        self.npages * PAGE_SIZE
    }

    pub(crate) fn page_addr(&self, page: usize) -> usize {
        self.base + page * PAGE_SIZE
    }

    /// The page holding `addr`, which must lie in the arena.
    #[inline]
    pub(crate) fn page_of(&self, addr: usize) -> usize {
        debug_assert!(addr >= self.base && addr < self.end());
        (addr - self.base) >> PAGE_SHIFT
    }

    /// The span holding page `page`, if any.
    #[inline]
    pub(crate) fn span_at(&self, page: usize) -> Option<SpanIdx> {
        match self.page_spans[page].load(Ordering::Acquire) {
            0 => None,
            n => Some(SpanIdx(n - 1)),
        }
    }

    /// Points every page in `pages` at `span` (or at no span). Called under the mheap lock.
    pub(crate) fn set_span(&self, pages: Range<usize>, span: Option<SpanIdx>) {
        let value = span.map_or(0, |idx| idx.0 + 1);
        for entry in &self.page_spans[pages] {
            entry.store(value, Ordering::Release);
        }
    }

    /// Notes that `pages` are handed out; returns whether any of them may hold old data.
    /// Called under the mheap lock.
    pub(crate) fn take_pages(&self, pages: Range<usize>) -> bool {
        let zeroed_base = self.zeroed_base.load(Ordering::Relaxed);
        if pages.end > zeroed_base {
            self.zeroed_base.store(pages.end, Ordering::Relaxed);
        }
        pages.start < zeroed_base
    }

    /// `n_words` words of heap memory from `addr`, if they lie inside the arena and `addr` is
    /// 8-byte aligned.
    #[inline]
    pub(crate) fn words(&self, addr: usize, n_words: usize) -> Option<&[AtomicU64]> {
        if !addr.is_multiple_of(8) || addr < self.base || addr >= self.end() || n_words > (self.end() - addr) / 8 {
            return None;
        }
        let first = (addr - self.mem.addr()) / 8;
        self.mem.words().get(first..first + n_words)
    }

    /// The pointer bitmap words covering `pages` (16 words per page; bit `i` of the slice is
    /// the `i`th word of the first page).
    #[inline]
    pub(crate) fn ptr_bitmap(&self, pages: Range<usize>) -> &[AtomicU64] {
        &self.ptr_bits.words()[pages.start * PTR_BITMAP_WORDS_PER_PAGE..pages.end * PTR_BITMAP_WORDS_PER_PAGE]
    }

    /// The pointer bit of the word at `addr` (8-byte aligned, inside the arena).
    #[inline]
    pub(crate) fn ptr_bit(&self, addr: usize) -> bool {
        let word = (addr - self.base) / 8;
        (self.ptr_bits.words()[word / 64].load(Ordering::Relaxed) >> (word % 64)) & 1 != 0
    }
}

/// The chunk table: 64 MiB chunk of address space → the (at most two) arenas in it.
pub(crate) struct ArenaIndex {
    /// Entry: low 32 bits = 1 + arena covering the chunk's first byte; high 32 bits = 1 + arena
    /// beginning strictly inside the chunk; 0 = none.
    l1: Box<[OnceLock<Box<[AtomicU64]>>]>,
}

impl ArenaIndex {
    pub(crate) fn new() -> ArenaIndex {
        ArenaIndex { l1: (0..1 << L1_BITS).map(|_| OnceLock::new()).collect() }
    }

    #[inline]
    fn entry(&self, chunk: usize) -> Option<&AtomicU64> {
        let block = self.l1.get(chunk >> L2_BITS)?.get()?;
        Some(&block[chunk & ((1 << L2_BITS) - 1)])
    }

    fn entry_or_create(&self, chunk: usize) -> &AtomicU64 {
        let block = self.l1[chunk >> L2_BITS].get_or_init(|| (0..1 << L2_BITS).map(|_| AtomicU64::new(0)).collect());
        &block[chunk & ((1 << L2_BITS) - 1)]
    }

    /// Records that arena `id` occupies `[base, end)`. Called under the mheap lock, after the
    /// arena is reachable through its id.
    pub(crate) fn insert(&self, id: u32, base: usize, end: usize) {
        debug_assert!(end - base >= ARENA_SIZE && end >> HEAP_ADDR_BITS == 0);
        let tag = u64::from(id) + 1;
        for chunk in base >> CHUNK_SHIFT..=(end - 1) >> CHUNK_SHIFT {
            let entry = self.entry_or_create(chunk);
            let old = entry.load(Ordering::Relaxed);
            let starts_inside = chunk == base >> CHUNK_SHIFT && !base.is_multiple_of(ARENA_SIZE);
            let new = if starts_inside {
                debug_assert!(old >> 32 == 0, "two arenas start in one chunk");
                old | tag << 32
            } else {
                debug_assert!(old & 0xffff_ffff == 0, "two arenas cover one chunk start");
                old | tag
            };
            entry.store(new, Ordering::Release);
        }
    }

    /// The arena holding `addr`, given a way to find an arena's bounds by id.
    #[inline]
    pub(crate) fn lookup<'a>(&self, addr: usize, arena: impl Fn(u32) -> &'a Arena) -> Option<&'a Arena> {
        let entry = self.entry(addr >> CHUNK_SHIFT)?.load(Ordering::Acquire);
        let high = (entry >> 32) as u32;
        if high != 0 {
            let candidate = arena(high - 1);
            if addr >= candidate.base() {
                return Some(candidate);
            }
        }
        let low = entry as u32;
        if low != 0 {
            let candidate = arena(low - 1);
            if addr < candidate.end() {
                return Some(candidate);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arena_is_aligned_zeroed_and_writable() {
        let arena = Arena::reserve(PAGES_PER_ARENA).unwrap();
        assert!(arena.base().is_multiple_of(PAGE_SIZE));
        let words = arena.words(arena.base(), 4).unwrap();
        assert!(words.iter().all(|w| w.load(Ordering::Relaxed) == 0));
        words[3].store(7, Ordering::Relaxed);
        assert_eq!(arena.words(arena.base() + 24, 1).unwrap()[0].load(Ordering::Relaxed), 7);
        let last = arena.end() - 8;
        assert!(arena.words(last, 1).is_some());
        assert!(arena.words(last, 2).is_none());
        assert!(arena.words(last + 4, 1).is_none());
        assert!(arena.words(arena.base() - 8, 1).is_none());
        assert!(arena.words(arena.end(), 0).is_none());
        assert!(!arena.take_pages(0..3));
        assert!(arena.take_pages(2..4));
        assert!(!arena.take_pages(4..5));
    }

    #[test]
    fn index_handles_unaligned_and_multi_chunk_arenas() {
        let index = ArenaIndex::new();
        let arenas = [
            Arena::reserve(PAGES_PER_ARENA).unwrap(),
            Arena::reserve(PAGES_PER_ARENA).unwrap(),
            Arena::reserve(3 * PAGES_PER_ARENA).unwrap(),
        ];
        for (id, arena) in arenas.iter().enumerate() {
            index.insert(id as u32, arena.base(), arena.end());
        }
        for (id, arena) in arenas.iter().enumerate() {
            for addr in [arena.base(), arena.base() + 12345, arena.end() - 1, (arena.base() + arena.end()) / 2] {
                let found = index.lookup(addr, |i| &arenas[i as usize]).unwrap();
                assert_eq!(found.base(), arenas[id].base());
            }
            let before = arena.base() - 1;
            if arenas.iter().all(|a| !(a.base()..a.end()).contains(&before)) {
                assert!(index.lookup(before, |i| &arenas[i as usize]).is_none());
            }
        }
        assert!(index.lookup(8, |i| &arenas[i as usize]).is_none());
        assert!(index.lookup(usize::MAX, |i| &arenas[i as usize]).is_none());
    }
}
