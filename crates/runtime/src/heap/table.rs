//! Append-only tables whose entries never move: the span table and the arena table.
//!
//! Readers on any thread turn an index (`SpanIdx`, an arena number) into `&T` without a lock,
//! while the owner of the table's lock makes it longer. A `Vec` cannot do that (growing moves
//! it), so the table is a fixed array of segments, segment `k` holding `FIRST << k` entries;
//! segments are created on first use and live as long as the table. Index `i` lives in segment
//! `log2(i / FIRST + 1)`, found with one leading-zeros count.
//!
//! Entries are built with `Default` when their segment is created; "allocating" an entry is
//! the caller's business (it keeps a length and a free list under its own lock).
//!
//! Rejected: a `RwLock<Vec<Box<T>>>` (a lock on every span lookup), and raw pointers to leaked
//! boxes (safe here without any `unsafe`).

use std::sync::OnceLock;

/// Entries in segment 0; a power of two.
const FIRST_SHIFT: u32 = 6;
const FIRST: usize = 1 << FIRST_SHIFT;
/// Segments; together they hold `FIRST * (2^SEGMENTS - 1)` entries, more than `u32` can index.
const SEGMENTS: usize = 27;

pub(crate) struct Table<T> {
    segments: [OnceLock<Box<[T]>>; SEGMENTS],
}

impl<T: Default> Table<T> {
    pub(crate) fn new() -> Self {
        Table { segments: std::array::from_fn(|_| OnceLock::new()) }
    }

    /// The largest index the table can hold, plus one.
    pub(crate) const CAPACITY: usize = FIRST * ((1 << SEGMENTS) - 1);

    #[inline]
    fn locate(index: usize) -> (usize, usize) {
        let shifted = index + FIRST;
        let segment = (usize::BITS - 1 - shifted.leading_zeros() - FIRST_SHIFT) as usize;
        (segment, shifted - (FIRST << segment))
    }

    /// The entry at `index`, if its segment exists.
    #[inline]
    pub(crate) fn get(&self, index: usize) -> Option<&T> {
        let (segment, offset) = Self::locate(index);
        self.segments.get(segment)?.get().map(|entries| &entries[offset])
    }

    /// The entry at `index`, creating its segment if needed. Panics if `index >= CAPACITY`.
    pub(crate) fn get_or_create(&self, index: usize) -> &T {
        let (segment, offset) = Self::locate(index);
        let entries = self.segments[segment].get_or_init(|| (0..FIRST << segment).map(|_| T::default()).collect());
        &entries[offset]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indices_map_to_distinct_stable_entries() {
        let table: Table<std::sync::atomic::AtomicUsize> = Table::new();
        assert!(table.get(0).is_none());
        for i in 0..5000 {
            table.get_or_create(i).store(i, std::sync::atomic::Ordering::Relaxed);
        }
        for i in 0..5000 {
            assert_eq!(table.get(i).unwrap().load(std::sync::atomic::Ordering::Relaxed), i);
        }
        assert_eq!(Table::<u8>::locate(0), (0, 0));
        assert_eq!(Table::<u8>::locate(FIRST - 1), (0, FIRST - 1));
        assert_eq!(Table::<u8>::locate(FIRST), (1, 0));
        assert_eq!(Table::<u8>::locate(3 * FIRST), (2, 0));
        assert!(Table::<u8>::CAPACITY > u32::MAX as usize);
        let (last_segment, _) = Table::<u8>::locate(Table::<u8>::CAPACITY - 1);
        assert_eq!(last_segment, SEGMENTS - 1);
    }
}
