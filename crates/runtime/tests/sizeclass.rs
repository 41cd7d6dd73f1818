//! The size class table: Go's numbers and the invariants its generator guarantees.

use gorun_runtime::heap::sizeclass::{
    MAX_SMALL_ALLOC, MAX_SMALL_SIZE, NUM_SIZE_CLASSES, SizeClass, roundupsize, size_to_class,
};
use gorun_runtime::heap::{MAX_OBJECTS_PER_SPAN, PAGE_SIZE};

#[test]
fn table_invariants() {
    assert_eq!(NUM_SIZE_CLASSES, 68);
    assert_eq!(SizeClass::LARGE.size(), 0);
    let mut previous = 0;
    for class in SizeClass::small() {
        let (size, pages, objects) = (class.size(), class.pages(), class.objects());
        assert!(size > previous, "class {class:?}: sizes must increase");
        assert!(size.is_multiple_of(8), "class {class:?}");
        if size >= 32 {
            assert!(size.is_multiple_of(16), "class {class:?}: 16-byte alignment from 32 bytes up");
        }
        assert!((1..=10).contains(&pages), "class {class:?}: {pages} pages");
        assert_eq!(objects, pages * PAGE_SIZE / size, "class {class:?}");
        assert!((1..=MAX_OBJECTS_PER_SPAN).contains(&objects));
        // Tail waste: less than one object and at most 1/8 of the span.
        let tail = pages * PAGE_SIZE - objects * size;
        assert!(tail < size && tail * 8 <= pages * PAGE_SIZE, "class {class:?}: tail waste {tail}");
        // Worst case waste (smallest object of the class, plus the tail) stays under Go's bound
        // except for the tiny classes, where rounding dominates.
        let smallest = previous + 1;
        let worst = (pages * PAGE_SIZE - objects * smallest) as f64 / (pages * PAGE_SIZE) as f64;
        if size > 16 {
            assert!(worst < 0.32, "class {class:?}: max waste {worst}");
        }
        previous = size;
    }
    assert_eq!(previous, MAX_SMALL_SIZE);
}

#[test]
fn spot_values_from_go() {
    // (class, bytes/obj, bytes/span, objects) from the comment table of Go 1.27's sizeclasses.go.
    let go: &[(u8, usize, usize, usize)] = &[
        (1, 8, 8192, 1024),
        (2, 16, 8192, 512),
        (3, 24, 8192, 341),
        (5, 48, 8192, 170),
        (19, 288, 8192, 28),
        (26, 512, 8192, 16),
        (31, 896, 8192, 9),
        (35, 1408, 16384, 11),
        (41, 3072, 24576, 8),
        (48, 6528, 32768, 5),
        (50, 6912, 49152, 7),
        (52, 9472, 57344, 6),
        (60, 18432, 73728, 4),
        (65, 27264, 81920, 3),
        (67, 32768, 32768, 1),
    ];
    for &(class, size, span_bytes, objects) in go {
        let class = SizeClass(class);
        assert_eq!(
            (class.size(), class.pages() * PAGE_SIZE, class.objects()),
            (size, span_bytes, objects),
            "{class:?}"
        );
    }
    // Lookups (Go's size_to_class8 / size_to_class128 tables).
    let lookups: &[(usize, u8)] =
        &[(1, 1), (8, 1), (9, 2), (17, 3), (33, 5), (49, 6), (1024, 32), (1025, 33), (6529, 49), (32768, 67)];
    for &(size, class) in lookups {
        assert_eq!(size_to_class(size), SizeClass(class), "size {size}");
    }
}

#[test]
fn natural_alignment_matches_go() {
    // Go's "min align" column: the largest power of two dividing the size, capped at a page.
    let go: &[(u8, usize)] =
        &[(3, 8), (4, 32), (5, 16), (10, 128), (18, 256), (32, 1024), (40, 128), (51, 8192), (67, 8192)];
    for &(class, align) in go {
        let size = SizeClass(class).size();
        assert_eq!(1 << size.trailing_zeros().min(13), align, "class {class}");
    }
}

#[test]
fn roundupsize_is_monotone_and_consistent() {
    for noscan in [true, false] {
        let mut previous = 0;
        for size in 1..=MAX_SMALL_SIZE + 3 * PAGE_SIZE {
            let rounded = roundupsize(size, noscan);
            assert!(rounded >= size && rounded >= previous, "roundupsize({size}, {noscan}) = {rounded}");
            // Rounding is idempotent: asking for the rounded size gets exactly that.
            assert_eq!(roundupsize(rounded, noscan), rounded, "size {size} noscan {noscan}");
            if size > MAX_SMALL_ALLOC {
                assert!(rounded.is_multiple_of(PAGE_SIZE));
            }
            previous = rounded;
        }
    }
}
