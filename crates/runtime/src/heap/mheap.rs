//! The mheap: the page allocator. It hands out runs of pages as spans and takes them back.
//!
//! Free pages are kept as maximal runs within one arena, indexed twice: by `(arena, page)` to
//! merge a freed run with its neighbours, and by `(length, arena, page)` to find the smallest
//! run that fits (best fit, lowest address among equals) in `O(log runs)`. A run never crosses
//! arenas, even when two mappings happen to be adjacent, because page → span tables are per
//! arena. When no run fits, the heap reserves a new arena (64 MiB, or the request rounded up
//! to a multiple of 64 MiB) and carves the span from it.
//!
//! Allocating a span:
//! 1. take a fitting run (or grow), give the tail back as a smaller run;
//! 2. find out from the arena's `zeroed_base` whether the pages were used before (`needzero`);
//! 3. take a dead span structure (recycled, or the next index of the span table) and set it up;
//! 4. point the pages' page → span entries at it; only now can lookups find it.
//!
//! Locking: one mutex over the free runs, the arena count and the span free list. Arenas and
//! span structures are reached without it (append-only tables); their fields that lookups read
//! are atomics written under it. The mheap lock is a leaf: nothing else is locked while it is held.
//!
//! Deferred to the collector issue: the scavenger (returning long-free runs to the OS with
//! `madvise`), and callers of `free_span` (sweeping frees spans whose objects all died).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, OnceLock};

use super::arena::{Arena, ArenaIndex, PAGES_PER_ARENA};
use super::sizeclass::SpanClass;
use super::span::{Span, SpanPlace};
use super::table::Table;
use super::{OutOfMemory, PAGE_SIZE, SpanIdx};

/// Maximal free runs of pages, each inside one arena.
#[derive(Default)]
struct FreeRuns {
    /// `(arena, first page)` → pages.
    by_addr: BTreeMap<(u32, u32), u32>,
    /// `(pages, arena, first page)`.
    by_size: BTreeSet<(u32, u32, u32)>,
}

impl FreeRuns {
    fn add(&mut self, arena: u32, page: u32, npages: u32) {
        self.by_addr.insert((arena, page), npages);
        self.by_size.insert((npages, arena, page));
    }

    fn remove(&mut self, arena: u32, page: u32, npages: u32) {
        self.by_addr.remove(&(arena, page));
        self.by_size.remove(&(npages, arena, page));
    }

    /// Frees `[page, page + npages)` of `arena`, merging with free neighbours.
    fn insert(&mut self, arena: u32, mut page: u32, mut npages: u32) {
        if let Some((&(prev_arena, prev_page), &prev_len)) = self.by_addr.range(..(arena, page)).next_back()
            && prev_arena == arena
        {
            debug_assert!(prev_page + prev_len <= page, "freeing free pages");
            if prev_page + prev_len == page {
                self.remove(arena, prev_page, prev_len);
                page = prev_page;
                npages += prev_len;
            }
        }
        if let Some(&next_len) = self.by_addr.get(&(arena, page + npages)) {
            self.remove(arena, page + npages, next_len);
            npages += next_len;
        }
        self.add(arena, page, npages);
    }

    /// Takes `npages` pages from the smallest run that has them.
    fn take(&mut self, npages: u32) -> Option<(u32, u32)> {
        let &(len, arena, page) = self.by_size.range((npages, 0, 0)..).next()?;
        self.remove(arena, page, len);
        if len > npages {
            self.add(arena, page + npages, len - npages);
        }
        Some((arena, page))
    }

    #[cfg(test)]
    fn free_pages(&self) -> u64 {
        self.by_addr.values().map(|&n| u64::from(n)).sum()
    }
}

struct MheapLocked {
    free: FreeRuns,
    narenas: u32,
    /// Span table entries handed out so far (the next fresh `SpanIdx`).
    nspans: u32,
    /// Span structures whose pages were freed, ready for reuse.
    dead_spans: Vec<SpanIdx>,
}

pub(crate) struct Mheap {
    locked: Mutex<MheapLocked>,
    arenas: Table<OnceLock<Arena>>,
    index: ArenaIndex,
    spans: Table<Span>,
    // Statistics; written under the lock, read without it.
    pages_in_use: AtomicU64,
    spans_in_use: AtomicU64,
    sys_bytes: AtomicU64,
    arena_count: AtomicU64,
}

/// Page-level statistics.
pub(crate) struct MheapStats {
    pub(crate) pages_in_use: u64,
    pub(crate) spans_in_use: u64,
    pub(crate) sys_bytes: u64,
    pub(crate) arenas: u64,
}

impl Mheap {
    pub(crate) fn new() -> Mheap {
        Mheap {
            locked: Mutex::new(MheapLocked {
                free: FreeRuns::default(),
                narenas: 0,
                nspans: 0,
                dead_spans: Vec::new(),
            }),
            arenas: Table::new(),
            index: ArenaIndex::new(),
            spans: Table::new(),
            pages_in_use: AtomicU64::new(0),
            spans_in_use: AtomicU64::new(0),
            sys_bytes: AtomicU64::new(0),
            arena_count: AtomicU64::new(0),
        }
    }

    fn lock(&self) -> MutexGuard<'_, MheapLocked> {
        // Only a broken invariant panics under the lock; that is a runtime bug, fatal anyway.
        self.locked.lock().expect("mheap lock poisoned")
    }

    /// The span structure `idx`, which must have been handed out by `alloc_span`.
    #[inline]
    pub(crate) fn span(&self, idx: SpanIdx) -> &Span {
        self.spans.get(idx.0 as usize).expect("span index from the mheap")
    }

    /// Arena number `id`, which must exist.
    #[inline]
    pub(crate) fn arena(&self, id: u32) -> &Arena {
        self.arenas.get(id as usize).and_then(OnceLock::get).expect("arena id from the mheap")
    }

    /// The arena holding `addr`, if any.
    #[inline]
    pub(crate) fn arena_of(&self, addr: usize) -> Option<&Arena> {
        self.index.lookup(addr, |id| self.arena(id))
    }

    /// The in-use span holding `addr`, with its arena.
    #[inline]
    pub(crate) fn span_of(&self, addr: usize) -> Option<(&Arena, SpanIdx, &Span)> {
        let arena = self.arena_of(addr)?;
        let idx = arena.span_at(arena.page_of(addr))?;
        let span = self.spans.get(idx.0 as usize)?;
        (span.state() == super::SpanState::InUse).then_some((arena, idx, span))
    }

    /// Allocates a span of `npages` pages for objects of `span_class`.
    pub(crate) fn alloc_span(&self, npages: usize, span_class: SpanClass) -> Result<SpanIdx, OutOfMemory> {
        let too_big = OutOfMemory { requested: npages.saturating_mul(PAGE_SIZE) };
        let npages32 = u32::try_from(npages).map_err(|_| too_big)?;
        let mut locked = self.lock();
        let (arena_id, page) = match locked.free.take(npages32) {
            Some(run) => run,
            None => {
                self.grow(&mut locked, npages)?;
                locked.free.take(npages32).expect("a new arena has room for the request")
            }
        };
        let idx = match locked.dead_spans.pop() {
            Some(idx) => idx,
            None => {
                if locked.nspans as usize >= Table::<Span>::CAPACITY.min(u32::MAX as usize - 1) {
                    locked.free.insert(arena_id, page, npages32);
                    return Err(too_big);
                }
                locked.nspans += 1;
                SpanIdx(locked.nspans - 1)
            }
        };
        let arena = self.arena(arena_id);
        let pages = page as usize..page as usize + npages;
        let needzero = arena.take_pages(pages.clone());
        let place = SpanPlace { arena: arena_id, first_page: pages.start, base: arena.page_addr(pages.start), npages };
        self.spans.get_or_create(idx.0 as usize).init(place, span_class, needzero);
        arena.set_span(pages, Some(idx));
        self.pages_in_use.fetch_add(npages as u64, Ordering::Relaxed);
        self.spans_in_use.fetch_add(1, Ordering::Relaxed);
        Ok(idx)
    }

    /// Returns a span's pages to the free runs and its structure to the free list. The span
    /// must be in use and hold no live object.
    #[cfg_attr(not(test), allow(dead_code, reason = "the sweeper (collector issue) frees spans"))]
    pub(crate) fn free_span(&self, idx: SpanIdx) {
        let mut locked = self.lock();
        let span = self.span(idx);
        debug_assert_eq!(span.state(), super::SpanState::InUse);
        let arena = self.arena(span.arena());
        let (first, npages) = (span.first_page(), span.npages());
        arena.set_span(first..first + npages, None);
        span.retire();
        locked.free.insert(span.arena(), first as u32, npages as u32);
        locked.dead_spans.push(idx);
        self.pages_in_use.fetch_sub(npages as u64, Ordering::Relaxed);
        self.spans_in_use.fetch_sub(1, Ordering::Relaxed);
    }

    /// Reserves an arena big enough for `npages` and adds its pages to the free runs.
    fn grow(&self, locked: &mut MheapLocked, npages: usize) -> Result<(), OutOfMemory> {
        let arena_pages = npages.max(1).next_multiple_of(PAGES_PER_ARENA);
        if u32::try_from(arena_pages).is_err() || locked.narenas == u32::MAX - 1 {
            return Err(OutOfMemory { requested: npages.saturating_mul(PAGE_SIZE) });
        }
        let arena = Arena::reserve(arena_pages)?;
        let id = locked.narenas;
        let (base, end, reserved) = (arena.base(), arena.end(), arena.reserved_bytes());
        if self.arenas.get_or_create(id as usize).set(arena).is_err() {
            unreachable!("arena ids are handed out once, under the mheap lock");
        }
        self.index.insert(id, base, end);
        locked.narenas += 1;
        locked.free.insert(id, 0, arena_pages as u32);
        self.sys_bytes.fetch_add(reserved as u64, Ordering::Relaxed);
        self.arena_count.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    pub(crate) fn stats(&self) -> MheapStats {
        MheapStats {
            pages_in_use: self.pages_in_use.load(Ordering::Relaxed),
            spans_in_use: self.spans_in_use.load(Ordering::Relaxed),
            sys_bytes: self.sys_bytes.load(Ordering::Relaxed),
            arenas: self.arena_count.load(Ordering::Relaxed),
        }
    }

    /// Free pages in all runs (for tests and consistency checks).
    #[cfg(test)]
    pub(crate) fn free_pages(&self) -> u64 {
        self.lock().free.free_pages()
    }
}

#[cfg(test)]
mod tests {
    use super::super::sizeclass::SizeClass;
    use super::*;

    #[test]
    fn free_runs_merge_and_best_fit() {
        let mut runs = FreeRuns::default();
        runs.insert(0, 0, 100);
        assert_eq!(runs.take(10), Some((0, 0)));
        assert_eq!(runs.take(10), Some((0, 10)));
        assert_eq!(runs.take(5), Some((0, 20)));
        runs.insert(0, 0, 10);
        // Best fit: the 10-page hole beats the 75-page tail.
        assert_eq!(runs.take(7), Some((0, 0)));
        runs.insert(0, 0, 7);
        runs.insert(0, 10, 10);
        // [0, 20) merged, then with [20, 25): one run [0, 100).
        runs.insert(0, 20, 5);
        assert_eq!(runs.by_addr.len(), 1);
        assert_eq!(runs.by_addr[&(0, 0)], 100);
        // Runs of different arenas never merge.
        runs.insert(1, 0, 10);
        assert_eq!(runs.by_addr.len(), 2);
        assert_eq!(runs.take(101), None);
    }

    #[test]
    fn spans_come_and_go() {
        let heap = Mheap::new();
        let small = SpanClass::new(SizeClass(1), true);
        let large = SpanClass::new(SizeClass::LARGE, false);
        let a = heap.alloc_span(1, small).unwrap();
        let b = heap.alloc_span(20, large).unwrap();
        assert_eq!(heap.stats().arenas, 1);
        assert_eq!(heap.stats().pages_in_use, 21);
        let (base_a, base_b) = (heap.span(a).base(), heap.span(b).base());
        assert_eq!(base_b, base_a + PAGE_SIZE);
        assert!(!heap.span(a).needzero());
        let (_, _, found) = heap.span_of(base_b + 20 * PAGE_SIZE - 1).unwrap();
        assert_eq!(found.base(), base_b);
        assert!(heap.span_of(base_b + 20 * PAGE_SIZE).is_none());

        heap.free_span(a);
        assert!(heap.span_of(base_a).is_none());
        assert_eq!(heap.free_pages(), PAGES_PER_ARENA as u64 - 20);
        // The freed page is reused (best fit) by the recycled span structure, and needs zeroing.
        let c = heap.alloc_span(1, small).unwrap();
        assert_eq!(c, a);
        assert_eq!(heap.span(c).base(), base_a);
        assert!(heap.span(c).needzero());

        // Bigger than an arena: an arena of its own, rounded up to 64 MiB multiples.
        let huge = heap.alloc_span(PAGES_PER_ARENA + 1, large).unwrap();
        assert_eq!(heap.stats().arenas, 2);
        assert_eq!(heap.stats().sys_bytes, 3 * super::super::arena::ARENA_SIZE as u64);
        let huge_base = heap.span(huge).base();
        let (_, _, found) = heap.span_of(huge_base + PAGES_PER_ARENA * PAGE_SIZE).unwrap();
        assert_eq!(found.base(), huge_base);
        heap.free_span(huge);
        heap.free_span(b);
        heap.free_span(c);
        assert_eq!(heap.stats().pages_in_use, 0);
        assert_eq!(heap.free_pages(), 3 * PAGES_PER_ARENA as u64);
    }
}
