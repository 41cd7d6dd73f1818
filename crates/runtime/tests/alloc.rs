//! The allocator through its public API: randomized stress, interior pointers, pointer
//! bitmaps, statistics, span reuse across mcaches, and concurrent mcaches on one heap.

use std::collections::HashSet;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use gorun_runtime::heap::growslice::MAX_ALLOC;
use gorun_runtime::heap::sizeclass::{MAX_SMALL_ALLOC, size_to_class, with_header};
use gorun_runtime::heap::{ARENA_SIZE, PAGE_SIZE};
use gorun_runtime::{Heap, Layout, Mcache};

/// splitmix64: deterministic, good enough to pick sizes.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next() % (hi - lo + 1) as u64) as usize
    }

    /// Roughly log-uniform in `lo..=hi`.
    fn log_range(&mut self, lo: usize, hi: usize) -> usize {
        let (lo_f, hi_f) = ((lo as f64).ln(), (hi as f64).ln());
        let x = lo_f + (self.next() as f64 / u64::MAX as f64) * (hi_f - lo_f);
        (x.exp() as usize).clamp(lo, hi)
    }
}

/// One allocation and what the test expects of it.
struct Alloc {
    base: usize,
    size: usize,
    /// `None` for noscan; `(mask, elem_words)` for scan.
    scan: Option<(Vec<u64>, usize)>,
    tag: u64,
}

/// The slot size the allocator must have used: Go's class for the size (with the malloc header
/// word for big scan objects), or whole pages for large objects.
fn expected_slot(size: usize, noscan: bool) -> usize {
    if size > MAX_SMALL_ALLOC {
        size.div_ceil(PAGE_SIZE) * PAGE_SIZE
    } else {
        size_to_class(with_header(size, noscan)).size()
    }
}

fn random_request(rng: &mut Rng) -> (usize, Option<(Vec<u64>, usize)>) {
    let pick = rng.range(0, 999);
    let mut size = match pick {
        0..700 => rng.range(1, 256),
        700..950 => rng.range(257, 4096),
        950..995 => rng.log_range(4097, MAX_SMALL_ALLOC),
        _ => rng.log_range(MAX_SMALL_ALLOC + 1, 512 << 10),
    };
    if size < 8 || rng.range(0, 1) == 0 {
        return (size, None);
    }
    // Scan: a whole number of 8-byte words, elements of 1..=20 words (sometimes 70 or 130).
    size = size / 8 * 8;
    let words = size / 8;
    let elem_words = match rng.range(0, 9) {
        0 if words >= 130 => 130,
        1 if words >= 70 => 70,
        _ => rng.range(1, words.min(20)),
    };
    let mut mask: Vec<u64> = (0..elem_words.div_ceil(64)).map(|_| rng.next()).collect();
    if elem_words % 64 != 0 {
        *mask.last_mut().unwrap() &= (1u64 << (elem_words % 64)) - 1;
    }
    if mask.iter().all(|&w| w == 0) {
        mask[0] = 1;
    }
    (size, Some((mask, elem_words)))
}

fn layout(scan: &Option<(Vec<u64>, usize)>) -> Layout<'_> {
    match scan {
        None => Layout::NoScan,
        Some((mask, elem_words)) => Layout::Scan { mask, elem_words: *elem_words },
    }
}

fn expected_ptr_bit(alloc: &Alloc, word: usize) -> bool {
    let Some((mask, elem_words)) = &alloc.scan else { return false };
    let object_words = alloc.size / 8 / elem_words * elem_words;
    let i = word % elem_words;
    word < object_words && (mask[i / 64] >> (i % 64)) & 1 != 0
}

/// Allocates `n` random objects, checking each as it comes, and fills it with its tag.
fn allocate(cache: &mut Mcache, rng: &mut Rng, n: usize, tag_base: u64) -> Vec<Alloc> {
    let heap = cache.heap().clone();
    let mut allocs = Vec::with_capacity(n);
    for i in 0..n {
        let (size, scan) = random_request(rng);
        let ptr = cache.alloc(size, layout(&scan)).expect("allocation");
        let base = ptr.as_ptr().addr();
        let slot = expected_slot(size, scan.is_none());
        let align = if size > MAX_SMALL_ALLOC { PAGE_SIZE } else { 1 << slot.trailing_zeros().min(13) };
        assert!(base.is_multiple_of(align.max(8)), "object {i} of {size} bytes at {base:#x}");
        let words = heap.words(base, size.div_ceil(8)).expect("object inside the heap");
        let tag = tag_base + i as u64;
        for (w, word) in words.iter().enumerate() {
            assert_eq!(word.load(Ordering::Relaxed), 0, "object {i} word {w} not zeroed");
            word.store(tag << 24 | w as u64, Ordering::Relaxed);
        }
        allocs.push(Alloc { base, size, scan, tag });
        // Give the spans back now and then, as the collector will: the next ones continue in
        // the partial spans where this cache stopped.
        if i % 10_000 == 9_999 {
            cache.release_all();
        }
    }
    allocs
}

/// Checks that objects are disjoint, still hold their tags, are found from interior
/// addresses, and read back their pointer bitmaps.
fn verify(heap: &Heap, allocs: &mut [Alloc], rng: &mut Rng) {
    allocs.sort_by_key(|a| a.base);
    for pair in allocs.windows(2) {
        let slot = expected_slot(pair[0].size, pair[0].scan.is_none());
        assert!(pair[0].base + slot <= pair[1].base, "objects at {:#x} and {:#x} overlap", pair[0].base, pair[1].base);
    }
    for alloc in allocs.iter() {
        let slot = expected_slot(alloc.size, alloc.scan.is_none());
        let words = heap.words(alloc.base, alloc.size.div_ceil(8)).unwrap();
        for (w, word) in words.iter().enumerate() {
            assert_eq!(
                word.load(Ordering::Relaxed),
                alloc.tag << 24 | w as u64,
                "object {:#x} word {w} overwritten",
                alloc.base
            );
        }
        for offset in [0, alloc.size - 1, slot - 1, rng.range(0, slot - 1)] {
            let object = heap.find_object(alloc.base + offset).expect("interior pointer finds its object");
            assert_eq!((object.base, object.size), (alloc.base, slot), "find_object({:#x} + {offset})", alloc.base);
            assert_eq!(object.span.noscan, alloc.scan.is_none());
            assert_eq!(object.span.size_class.0 == 0, alloc.size > MAX_SMALL_ALLOC);
        }
        // Pointer bits of every word of the slot (sampled for big objects).
        let slot_words = slot / 8;
        let sample: Vec<usize> = if slot_words <= 4096 {
            (0..slot_words).collect()
        } else {
            (0..1024)
                .chain(slot_words - 1024..slot_words)
                .chain((0..512).map(|_| rng.range(0, slot_words - 1)))
                .collect()
        };
        for w in sample {
            assert_eq!(
                heap.is_pointer_word(alloc.base + 8 * w),
                expected_ptr_bit(alloc, w),
                "pointer bit of word {w} of object {:#x} ({} bytes)",
                alloc.base,
                alloc.size
            );
        }
    }
}

/// With every mcache released, the statistics are exact: check them against the objects.
fn check_stats(heap: &Heap, allocs: &[Alloc]) {
    let stats = heap.stats();
    assert_eq!(stats.heap_objects, allocs.len() as u64);
    let slot_bytes: usize = allocs.iter().map(|a| expected_slot(a.size, a.scan.is_none())).sum();
    assert_eq!(stats.heap_alloc, slot_bytes as u64);
    let mut spans = HashSet::new();
    let mut span_bytes = 0;
    for alloc in allocs {
        let span = heap.find_object(alloc.base).unwrap().span;
        if spans.insert(span.idx) {
            span_bytes += span.npages * PAGE_SIZE;
        }
    }
    assert_eq!(stats.spans_inuse, spans.len() as u64);
    assert_eq!(stats.heap_inuse, span_bytes as u64);
    assert!(stats.heap_inuse >= stats.heap_alloc);
    assert_eq!(stats.heap_sys, stats.arenas * ARENA_SIZE as u64);
}

#[test]
fn random_stress() {
    let heap = Heap::new();
    let mut cache = Mcache::new(heap.clone());
    let mut rng = Rng(0x5eed);
    let mut allocs = allocate(&mut cache, &mut rng, 100_000, 0);
    // While spans are cached, their free slots count as allocated (Go's heapLive rule).
    assert!(heap.stats().heap_objects >= allocs.len() as u64);
    cache.release_all();
    let stats = heap.stats();
    assert!(stats.arenas >= 2, "the test should fill more than one arena: {stats:?}");
    verify(&heap, &mut allocs, &mut rng);
    check_stats(&heap, &allocs);
}

#[test]
fn two_mcaches_on_two_threads() {
    let heap = Heap::new();
    let threads: Vec<_> = (0..2u64)
        .map(|t| {
            let heap = heap.clone();
            std::thread::spawn(move || {
                let mut cache = Mcache::new(heap.clone());
                let mut rng = Rng(t + 1);
                let allocs = allocate(&mut cache, &mut rng, 40_000, t << 32);
                // Look objects up while the other thread allocates (and grows the heap).
                for alloc in allocs.iter().step_by(7) {
                    assert_eq!(heap.find_object(alloc.base + alloc.size / 2).unwrap().base, alloc.base);
                }
                allocs
            })
        })
        .collect();
    let mut allocs: Vec<Alloc> = threads.into_iter().flat_map(|t| t.join().unwrap()).collect();
    // Both caches are dropped (released) by now.
    verify(&heap, &mut allocs, &mut Rng(99));
    check_stats(&heap, &allocs);
}

#[test]
fn released_spans_are_reused_where_allocation_stopped() {
    let heap = Heap::new();
    let mut first = Mcache::new(heap.clone());
    let a: Vec<usize> = (0..3).map(|_| first.alloc(48, Layout::NoScan).unwrap().as_ptr().addr()).collect();
    assert_eq!(a[1] - a[0], 48);
    first.release_all();
    assert_eq!(heap.stats().heap_objects, 3);
    assert_eq!(heap.stats().heap_alloc, 3 * 48);
    let mut second = Mcache::new(heap.clone());
    let b = second.alloc(33, Layout::NoScan).unwrap().as_ptr().addr();
    assert_eq!(b, a[2] + 48, "the partial span continues after the last allocated slot");
    // A scan object of the same size class lives in a different span.
    let mask = [1u64];
    let c = second.alloc(48, Layout::Scan { mask: &mask, elem_words: 6 }).unwrap().as_ptr().addr();
    assert_ne!(heap.find_object(c).unwrap().span.idx, heap.find_object(b).unwrap().span.idx);
    assert!(heap.is_pointer_word(c) && !heap.is_pointer_word(c + 8));
    assert!(!heap.is_pointer_word(c + 1), "unaligned addresses are never pointer words");
    drop(second);
    assert_eq!(heap.stats().heap_objects, 5);
}

#[test]
fn filling_a_span_moves_on_to_the_next() {
    let heap = Heap::new();
    let mut cache = Mcache::new(heap.clone());
    // Class 1 (8 bytes): 1024 objects per one-page span; 3000 objects take three spans.
    let addrs: Vec<usize> = (0..3000).map(|_| cache.alloc(8, Layout::NoScan).unwrap().as_ptr().addr()).collect();
    let spans: HashSet<_> = addrs.iter().map(|&a| heap.find_object(a).unwrap().span.idx).collect();
    assert_eq!(spans.len(), 3);
    assert_eq!(addrs.iter().collect::<HashSet<_>>().len(), 3000);
    cache.release_all();
    assert_eq!(heap.stats().heap_objects, 3000);
    assert_eq!(heap.stats().heap_inuse, 3 * PAGE_SIZE as u64);
}

#[test]
fn zero_size_and_foreign_addresses() {
    let heap = Heap::new();
    let mut cache = Mcache::new(heap.clone());
    let zero = cache.alloc(0, Layout::NoScan).unwrap();
    assert_eq!(zero, Heap::zerobase());
    assert_eq!(cache.alloc(0, Layout::Scan { mask: &[1], elem_words: 1 }).unwrap(), zero);
    let object = cache.alloc(16, Layout::NoScan).unwrap().as_ptr().addr();
    assert!(heap.find_object(zero.as_ptr().addr()).is_none());
    assert!(!heap.is_pointer_word(zero.as_ptr().addr()));
    // Outside any arena: a stack address, a static, null, the top of the address space.
    let local = 0u64;
    for addr in [&raw const local as usize, &raw const ZERO as usize, 0, 8, usize::MAX - 7] {
        assert!(heap.find_object(addr).is_none(), "{addr:#x}");
        assert!(!heap.is_pointer_word(addr));
        assert!(heap.words(addr, 1).is_none());
    }
    // Another heap's object is not in this heap.
    let other = Heap::new();
    assert!(other.find_object(object).is_none());
    // The unused tail of a span is not an object: a 1408-byte class span (2 pages, 11 objects)
    // has a 896-byte tail.
    let p = cache.alloc(1408, Layout::NoScan).unwrap().as_ptr().addr();
    let span = heap.find_object(p).unwrap().span;
    assert_eq!((span.npages, span.nelems), (2, 11));
    assert!(heap.find_object(span.base + 11 * 1408).is_none());
    assert!(heap.find_object(span.base + 2 * PAGE_SIZE - 1).is_none());
}

static ZERO: u64 = 0;

#[test]
fn huge_objects_get_their_own_arena() {
    let heap = Heap::new();
    let mut cache = Mcache::new(heap.clone());
    let small = cache.alloc(100, Layout::NoScan).unwrap().as_ptr().addr();
    let size = 100 << 20;
    let mask = [0b101u64];
    let huge = cache.alloc(size, Layout::Scan { mask: &mask, elem_words: 3 }).unwrap().as_ptr().addr();
    assert!(huge.is_multiple_of(PAGE_SIZE));
    let object = heap.find_object(huge + size - 1).unwrap();
    assert_eq!((object.base, object.size), (huge, size));
    assert_eq!(object.span.npages, size / PAGE_SIZE);
    assert!(heap.is_pointer_word(huge) && !heap.is_pointer_word(huge + 8) && heap.is_pointer_word(huge + 16));
    let last_elem = (size / 24 - 1) * 24;
    assert!(heap.is_pointer_word(huge + last_elem + 16));
    let words = heap.words(huge + size - 64, 8).unwrap();
    assert!(words.iter().all(|w| w.load(Ordering::Relaxed) == 0));
    assert_eq!(heap.find_object(small).unwrap().size, 112);
    let stats = heap.stats();
    assert_eq!(stats.arenas, 2);
    assert_eq!(stats.heap_sys, (ARENA_SIZE + 2 * ARENA_SIZE) as u64);
}

#[test]
fn impossible_requests_are_out_of_memory() {
    let heap = Heap::new();
    let mut cache = Mcache::new(heap.clone());
    let err = cache.alloc(MAX_ALLOC + 1, Layout::NoScan).unwrap_err();
    assert_eq!(err.requested, MAX_ALLOC + 1);
    assert!(err.to_string().starts_with("runtime: out of memory"));
    assert!(cache.alloc(usize::MAX, Layout::NoScan).is_err());
    // 64 TiB: within MAX_ALLOC, but the kernel refuses to map it under the default
    // (heuristic) and strict overcommit policies. Under "always overcommit" it would succeed.
    let policy = std::fs::read_to_string("/proc/sys/vm/overcommit_memory").unwrap_or_default();
    if matches!(policy.trim(), "0" | "2") {
        let err = cache.alloc(1 << 46, Layout::NoScan).unwrap_err();
        assert!(err.requested >= 1 << 46);
        assert_eq!(heap.stats().arenas, 0, "a refused arena is not counted");
    }
    // The heap still works afterwards.
    assert!(cache.alloc(10, Layout::NoScan).is_ok());
}

#[test]
fn heap_is_shareable_and_mcache_is_send() {
    fn send_sync<T: Send + Sync>() {}
    fn send<T: Send>() {}
    send_sync::<Heap>();
    send::<Mcache>();
    let _: Arc<Heap> = Heap::new();
}
