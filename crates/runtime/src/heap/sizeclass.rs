//! Size classes: the object sizes small allocations round up to, and how many pages a span of
//! each class takes.
//!
//! The numbers are Go's (`internal/runtime/gc/sizeclasses.go` in Go 1.27) because they are
//! observable: `cap()` after `append` is the class size divided by the element size. Only the
//! table of (bytes, pages) is written down here; objects per span and the size → class lookup
//! tables are derived from it at compile time, and the tests check both against Go's own values.
//!
//! Glossary:
//! - *size class* `1..=67`: one object size. Class 0 means "large": an object over
//!   [`MAX_SMALL_ALLOC`] bytes with a span of its own.
//! - *span class*: a size class plus the noscan bit, `class << 1 | noscan`. Scan and noscan
//!   objects never share a span, so the collector skips noscan spans wholesale.
//! - *malloc header*: Go 1.22+ puts an 8-byte type pointer in front of every pointerful object
//!   over [`MIN_SIZE_FOR_MALLOC_HEADER`] bytes. We keep pointer bitmaps outside the objects
//!   instead (see `span.rs`), but we still reserve those 8 bytes so that size classes, and
//!   therefore `cap()`, come out exactly as in Go. The reserved word sits at the end of the slot
//!   and stays zero.
//!
//! Invariants (checked by the tests): sizes strictly increase; every size is a multiple of 8;
//! class sizes from 32 bytes up are multiples of 16 (24 is the one 8-aligned class above 8); objects per span =
//! `pages * PAGE_SIZE / size`; tail waste is below one object.

use super::PAGE_SIZE;

/// Number of size classes, class 0 (large objects) included.
pub const NUM_SIZE_CLASSES: usize = 68;

/// The largest size class, in bytes.
pub const MAX_SMALL_SIZE: usize = 32768;

/// Bytes Go reserves in front of a pointerful object over [`MIN_SIZE_FOR_MALLOC_HEADER`] bytes.
pub const MALLOC_HEADER_SIZE: usize = 8;

/// Pointerful objects larger than this (exclusive) carry a malloc header in Go.
pub const MIN_SIZE_FOR_MALLOC_HEADER: usize = 512;

/// Requests above this many bytes are large objects, scan or noscan alike (Go's cut-off leaves
/// room for a header in the largest class even for noscan objects).
pub const MAX_SMALL_ALLOC: usize = MAX_SMALL_SIZE - MALLOC_HEADER_SIZE;

/// Number of span classes: every size class in a scan and a noscan flavour.
pub const NUM_SPAN_CLASSES: usize = NUM_SIZE_CLASSES * 2;

/// `(bytes per object, pages per span)` for every size class; index = class number.
/// The facts of Go's table, in our own layout.
#[rustfmt::skip]
const CLASSES: [(u16, u8); NUM_SIZE_CLASSES] = [
    (0, 0),
    (8, 1),     (16, 1),    (24, 1),    (32, 1),    (48, 1),    (64, 1),    (80, 1),    (96, 1),
    (112, 1),   (128, 1),   (144, 1),   (160, 1),   (176, 1),   (192, 1),   (208, 1),   (224, 1),
    (240, 1),   (256, 1),   (288, 1),   (320, 1),   (352, 1),   (384, 1),   (416, 1),   (448, 1),
    (480, 1),   (512, 1),   (576, 1),   (640, 1),   (704, 1),   (768, 1),   (896, 1),   (1024, 1),
    (1152, 1),  (1280, 1),  (1408, 2),  (1536, 1),  (1792, 2),  (2048, 1),  (2304, 2),  (2688, 1),
    (3072, 3),  (3200, 2),  (3456, 3),  (4096, 1),  (4864, 3),  (5376, 2),  (6144, 3),  (6528, 4),
    (6784, 5),  (6912, 6),  (8192, 1),  (9472, 7),  (9728, 6),  (10240, 5), (10880, 4), (12288, 3),
    (13568, 5), (14336, 7), (16384, 2), (18432, 9), (19072, 7), (20480, 5), (21760, 8), (24576, 3),
    (27264, 10), (28672, 7), (32768, 4),
];

/// A size class number, `0..NUM_SIZE_CLASSES`; 0 means a large object.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct SizeClass(pub u8);

impl SizeClass {
    /// The class of large objects (each in a span of its own).
    pub const LARGE: SizeClass = SizeClass(0);

    /// Bytes per object (0 for [`SizeClass::LARGE`]).
    #[inline]
    pub const fn size(self) -> usize {
        CLASSES[self.0 as usize].0 as usize
    }

    /// Pages per span (0 for [`SizeClass::LARGE`]: a large span is as long as its object).
    #[inline]
    pub const fn pages(self) -> usize {
        CLASSES[self.0 as usize].1 as usize
    }

    /// Objects per span (0 for [`SizeClass::LARGE`]).
    #[inline]
    pub const fn objects(self) -> usize {
        if self.0 == 0 { 0 } else { self.pages() * PAGE_SIZE / self.size() }
    }

    /// Iterates over the small classes, `1..NUM_SIZE_CLASSES`.
    pub fn small() -> impl Iterator<Item = SizeClass> {
        (1..NUM_SIZE_CLASSES as u8).map(SizeClass)
    }
}

/// A size class plus the noscan bit: `class << 1 | noscan`. Each span class has its own
/// mcentral and its own slot in every mcache.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct SpanClass(pub u8);

impl SpanClass {
    #[inline]
    pub const fn new(class: SizeClass, noscan: bool) -> SpanClass {
        SpanClass(class.0 << 1 | noscan as u8)
    }

    #[inline]
    pub const fn size_class(self) -> SizeClass {
        SizeClass(self.0 >> 1)
    }

    #[inline]
    pub const fn noscan(self) -> bool {
        self.0 & 1 != 0
    }

    /// Index into per-span-class arrays, `0..NUM_SPAN_CLASSES`.
    #[inline]
    pub const fn index(self) -> usize {
        self.0 as usize
    }
}

/// Sizes up to this use the fine lookup table (8-byte steps); larger small sizes use the coarse
/// one (128-byte steps). Every class size above it is a multiple of 128, so the coarse steps
/// never straddle a class boundary.
const FINE_LIMIT: usize = 1024;
const FINE_STEP: usize = 8;
const COARSE_STEP: usize = 128;

/// The smallest class whose size is at least `size`, by linear search (compile time only).
const fn smallest_class_at_least(size: usize) -> u8 {
    let mut class = 1;
    while (CLASSES[class].0 as usize) < size {
        class += 1;
    }
    class as u8
}

/// `FINE[(size + 7) / 8]` is the class of `size` for `size <= FINE_LIMIT`.
const FINE: [u8; FINE_LIMIT / FINE_STEP + 1] = {
    let mut table = [0u8; FINE_LIMIT / FINE_STEP + 1];
    let mut i = 1;
    while i < table.len() {
        table[i] = smallest_class_at_least(i * FINE_STEP);
        i += 1;
    }
    table
};

/// `COARSE[(size - FINE_LIMIT + 127) / 128]` is the class of `size` for
/// `FINE_LIMIT < size <= MAX_SMALL_SIZE`.
const COARSE: [u8; (MAX_SMALL_SIZE - FINE_LIMIT) / COARSE_STEP + 1] = {
    let mut table = [0u8; (MAX_SMALL_SIZE - FINE_LIMIT) / COARSE_STEP + 1];
    let mut i = 0;
    while i < table.len() {
        table[i] = smallest_class_at_least(FINE_LIMIT + i * COARSE_STEP);
        i += 1;
    }
    table
};

/// The size class of an object of `size` bytes, `1 <= size <= MAX_SMALL_SIZE`: the smallest class
/// at least that big. Two table loads, no search.
#[inline]
pub fn size_to_class(size: usize) -> SizeClass {
    debug_assert!(size > 0 && size <= MAX_SMALL_SIZE, "size_to_class({size})");
    if size <= FINE_LIMIT {
        SizeClass(FINE[size.div_ceil(FINE_STEP)])
    } else {
        SizeClass(COARSE[(size - FINE_LIMIT).div_ceil(COARSE_STEP)])
    }
}

/// The bytes a small allocation of `size` occupies before class rounding: `size`, plus the
/// malloc-header word for pointerful objects over [`MIN_SIZE_FOR_MALLOC_HEADER`] bytes.
/// `size` must be at most [`MAX_SMALL_ALLOC`].
#[inline]
pub const fn with_header(size: usize, noscan: bool) -> usize {
    if !noscan && size > MIN_SIZE_FOR_MALLOC_HEADER { size + MALLOC_HEADER_SIZE } else { size }
}

/// The number of usable bytes Go's allocator hands out for a request of `size` bytes: the
/// class size (minus the malloc header, for pointerful objects over 512 bytes) for small
/// objects, whole pages for large ones. `growslice` turns the extra bytes into capacity.
///
/// On overflow (a size within a page of `usize::MAX`) it returns `size` unchanged, as Go does;
/// the allocation itself will then fail.
pub fn roundupsize(size: usize, noscan: bool) -> usize {
    if size <= MAX_SMALL_ALLOC {
        let occupied = with_header(size, noscan);
        if occupied == 0 {
            return 0;
        }
        size_to_class(occupied).size() - (occupied - size)
    } else {
        match size.checked_add(PAGE_SIZE - 1) {
            Some(padded) => padded & !(PAGE_SIZE - 1),
            None => size,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_tables_match_linear_search() {
        for size in 1..=MAX_SMALL_SIZE {
            let class = size_to_class(size);
            assert!(class.size() >= size, "{size}");
            assert!(SizeClass(class.0 - 1).size() < size, "{size}");
        }
    }

    #[test]
    fn roundupsize_examples() {
        // Small noscan: the class size.
        assert_eq!(roundupsize(1, true), 8);
        assert_eq!(roundupsize(9, true), 16);
        assert_eq!(roundupsize(1000, true), 1024);
        // Small scan at or below 512 bytes: no header.
        assert_eq!(roundupsize(512, false), 512);
        // Small scan above 512: the header word comes out of the class.
        assert_eq!(roundupsize(513, false), 568);
        assert_eq!(roundupsize(1016, false), 1016);
        assert_eq!(roundupsize(1017, false), 1144);
        assert_eq!(roundupsize(32760, false), 32760);
        assert_eq!(roundupsize(32760, true), 32768);
        // Large: whole pages, scan or not.
        assert_eq!(roundupsize(32761, true), 32768);
        assert_eq!(roundupsize(32761, false), 32768);
        assert_eq!(roundupsize(40000, false), 40960);
        assert_eq!(roundupsize(usize::MAX - 3, true), usize::MAX - 3);
        assert_eq!(roundupsize(0, true), 0);
    }
}
